import { Role } from '@orchestra/shared';
import { render, screen, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { EngagementBoard } from './EngagementBoard';

const engagement = (id: string, title: string, stage: string) => ({ id, title, stage, urgency: 'MEDIUM', clientId: 'c1', ownerId: 'u1', allowedNextStages: [] });

describe('engagement board', () => {
  it('heads each column with its stage, the count beside the heading rather than inside it', async () => {
    const dataProvider = stubDataProvider({
      Engagement: [engagement('e1', 'Release rescue', 'LEAD'), engagement('e2', 'Platform review', 'LEAD'), engagement('e3', 'Hiring plan', 'DISCOVERY')],
      Client: [{ id: 'c1', name: 'Initech' }],
    });
    render(
      <TestMemoryRouter>
        <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CONSULTANT)}>
          <EngagementBoard />
        </AdminContext>
      </TestMemoryRouter>,
    );
    const lead = await screen.findByRole('region', { name: 'Lead column' });
    await within(lead).findByLabelText('Release rescue');
    // The heading names the stage only: a chip (a div) inside a heading is invalid HTML.
    expect(within(lead).getByRole('heading').textContent).toBe('Lead');
    expect(within(lead).getByLabelText('2 engagements').textContent).toBe('2');
    const discovery = screen.getByRole('region', { name: 'Discovery column' });
    expect(within(discovery).getByRole('heading').textContent).toBe('Discovery');
    expect(within(discovery).getByLabelText('1 engagement').textContent).toBe('1');
    const closed = screen.getByRole('region', { name: 'Closed column' });
    expect(within(closed).getByLabelText('0 engagements').textContent).toBe('0');
    expect(within(closed).getByText('None')).toBeTruthy();
  });
});
