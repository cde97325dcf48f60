import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import type { Inbox } from './api';
import { destinationOf, InboxBell } from './InboxBell';

const INBOX: Inbox = {
  unread: 2,
  latest: [
    { id: 'n1', title: '"Baseline" is scored', body: '3 capability gaps with ranked options are ready to review.', link: '/Assessment/a1/show/report', readAt: null, createdAt: new Date().toISOString() },
    { id: 'n2', title: 'Revisit a decision', body: 'Hire a platform lead.', link: '/DecisionRecord/d1/show', readAt: null, createdAt: new Date().toISOString() },
    { id: 'n3', title: 'Older news', body: 'Already read.', link: null, readAt: '2031-03-01T09:00:00.000Z', createdAt: '2031-03-01T08:00:00.000Z' },
  ],
};

function renderBell(role: Role = Role.CONSULTANT) {
  let location: Location | undefined;
  render(
    <TestMemoryRouter locationCallback={(l) => (location = l)}>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(role)}>
        <InboxBell />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { location: () => location };
}

describe('InboxBell', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the unread count and lists the latest, unread ones in bold', async () => {
    stubGraphQL({ MyInbox: () => ok({ myInbox: INBOX }) });
    renderBell();
    const bell = await screen.findByRole('button', { name: 'Notifications: 2 unread' });
    expect(bell.textContent).toContain('2');

    fireEvent.click(bell);
    const unread = await screen.findByRole('menuitem', { name: 'Unread: "Baseline" is scored' });
    expect(getComputedStyle(unread.querySelector('.MuiListItemText-primary')!).fontWeight).toBe('700');
    const read = screen.getByRole('menuitem', { name: 'Older news' });
    expect(getComputedStyle(read.querySelector('.MuiListItemText-primary')!).fontWeight).toBe('400');
  });

  it('marks a notification read when opened and follows its link', async () => {
    const api = stubGraphQL({
      MyInbox: () => ok({ myInbox: INBOX }),
      MarkNotificationsRead: () => ok({ markNotificationsRead: { unread: 1, latest: INBOX.latest.map((n) => (n.id === 'n1' ? { ...n, readAt: new Date().toISOString() } : n)) } }),
    });
    const { location } = renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 2 unread' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Unread: "Baseline" is scored' }));

    await waitFor(() => expect(api.of('MarkNotificationsRead')).toHaveLength(1));
    expect(api.of('MarkNotificationsRead')[0]!.variables).toEqual({ ids: ['n1'] });
    await waitFor(() => expect(location()?.pathname).toBe('/Assessment/a1/show/report'));
    expect(await screen.findByRole('button', { name: 'Notifications: 1 unread' })).toBeTruthy();
  });

  it('marks all as read at once', async () => {
    const api = stubGraphQL({
      MyInbox: () => ok({ myInbox: INBOX }),
      MarkNotificationsRead: () => ok({ markNotificationsRead: { unread: 0, latest: INBOX.latest } }),
    });
    renderBell();
    fireEvent.click(await screen.findByRole('button', { name: 'Notifications: 2 unread' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Mark all as read' }));
    await waitFor(() => expect(api.of('MarkNotificationsRead')[0]?.variables).toEqual({ ids: ['n1', 'n2'] }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeTruthy();
  });

  it('sends a CLIENT reader to the client report page, and never off the app', () => {
    expect(destinationOf('/Assessment/a1/show/report', Role.CLIENT)).toBe('/reports/a1');
    expect(destinationOf('/Assessment/a1/show/report', Role.CONSULTANT)).toBe('/Assessment/a1/show/report');
    expect(destinationOf('https://example.com', Role.CONSULTANT)).toBeNull();
    expect(destinationOf('//example.com/x', Role.CONSULTANT)).toBeNull();
    expect(destinationOf(null, Role.CONSULTANT)).toBeNull();
  });
});
