/**
 * Test-only helpers for the talent screens' component tests (roles, candidates, matches): fixed
 * records as the data provider answers them, and the admin with those resources and custom routes
 * registered as App.tsx does. Not imported by the app.
 */
import { Role } from '@orchestra/shared';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Admin, AdminContext, Notification, Resource, TestMemoryRouter, type RaRecord } from 'react-admin';
import type { Location } from 'react-router';
import candidates from '../candidates';
import clients from '../clients';
import roles from '../roles';
import { stubAuthProvider, stubDataProvider } from './stubs';
import userSummaries from '../user-summaries';

export const ROLE = {
  id: 'r1',
  clientId: 'cl1',
  engagementId: 'e1',
  gapId: 'g1',
  recommendationId: 'rec1',
  title: 'Platform engineer',
  optionType: 'AUGMENTATION',
  requiredSkills: [
    { skillId: 's1', skill: 'Kubernetes', minLevel: 3, mustHave: true, weight: 3 },
    { skillId: 's2', skill: 'Go', minLevel: 3, mustHave: false, weight: 1 },
  ],
  seniority: 'SENIOR',
  startDate: '2031-04-01',
  permanent: false,
  durationWeeks: 12,
  allocation: 100,
  budgetMinMinor: 60000,
  budgetMaxMinor: 75000,
  currency: 'EUR',
  minOverlapHours: 4,
  status: 'OPEN',
  gapStatus: 'OPEN',
  matchCounts: [{ stage: 'SHORTLISTED', count: 1 }],
  createdAt: '2031-03-01T09:00:00.000Z',
};

export const candidate = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  id,
  kind: 'CONTRACTOR',
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.com`,
  timeZone: 'Europe/Berlin',
  seniority: 'SENIOR',
  skills: [{ skillId: 's1', skill: { id: 's1' }, level: 4, evidence: 'Ran the cluster at Acme' }],
  availableFrom: '2031-03-15',
  allocation: 100,
  dayRateMinor: 65000,
  currency: 'EUR',
  consentBasis: 'CONSENT',
  consentGivenAt: '2030-01-10T00:00:00.000Z',
  consentExpiresAt: '2099-01-10T00:00:00.000Z',
  consentValid: true,
  tags: [],
  notes: [],
  createdAt: '2030-01-10T00:00:00.000Z',
  ...overrides,
});

export const ADA = candidate('cand1', 'Ada Lovelace');
export const GRACE = candidate('cand2', 'Grace Hopper', { dayRateMinor: 72000, location: 'Arlington' });
export const ALAN = candidate('cand3', 'Alan Turing', { phone: '+44 20 7946 0000' });

export const fixtures = (): Record<string, RaRecord[]> => ({
  Role: [{ ...ROLE }],
  Client: [{ id: 'cl1', name: 'Northwind Logistics' }],
  Engagement: [{ id: 'e1', title: 'Route-planning platform' }],
  Candidate: [{ ...ADA }, { ...GRACE }, { ...ALAN }],
  Skill: [
    { id: 's1', name: 'Kubernetes', category: 'Platforms', aliases: ['k8s'] },
    { id: 's2', name: 'Go', category: 'Languages', aliases: ['golang'] },
  ],
  Match: [],
  Placement: [],
});

/** Renders the admin at `path` as `role` (RECRUITER by default) with the talent resources. */
export function renderTalentAdmin(path: string, { role = Role.RECRUITER as Role, records = fixtures() } = {}) {
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider(records);
  let location: Location | undefined;
  const view = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="Role" {...roles} />
        <Resource name="Candidate" {...candidates} />
        <Resource name="Client" {...clients} />
        <Resource name="Engagement" recordRepresentation="title" />
        <Resource name="UserSummary" {...userSummaries} />
        <Resource name="Match" />
        <Resource name="Placement" />
        <Resource name="Skill" recordRepresentation="name" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { ...view, dataProvider, records, location: () => location };
}

/**
 * Renders one screen (a custom route's page, a button) in the admin's contexts, as `role`.
 * Custom routes are rendered directly: in vitest, react-router's ESM build (this file) and the
 * CommonJS build react-admin loads are two copies, so a <Route> from here is not theirs.
 */
export function renderTalentScreen(screenElement: ReactNode, { role = Role.RECRUITER as Role, records = fixtures(), path = '/' } = {}) {
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider(records);
  let location: Location | undefined;
  const view = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(role)}>
        {screenElement}
        <Notification />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...view, dataProvider, records, location: () => location };
}

/** Picks `option` in the MUI select or autocomplete labelled `label` (typing `search` first into an autocomplete). */
export async function pick(label: RegExp | string, option: string, search?: string) {
  const combobox = (await screen.findAllByRole('combobox', { name: label }))[0]!;
  fireEvent.mouseDown(combobox);
  if (combobox.tagName === 'INPUT') {
    if (search) fireEvent.change(combobox, { target: { value: search } });
    fireEvent.keyDown(combobox, { key: 'ArrowDown' });
  }
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

export const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
export const type = (container: HTMLElement, name: string, value: string) => fireEvent.change(input(container, name), { target: { value } });
