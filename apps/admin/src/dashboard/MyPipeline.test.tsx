import { render, screen, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter } from 'react-admin';
import { Role } from '@orchestra/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { MyPipeline } from './MyPipeline';

const renderCard = () =>
  render(
    <TestMemoryRouter>
      <AdminContext dataProvider={stubDataProvider({})} authProvider={stubAuthProvider(Role.RECRUITER)}>
        <MyPipeline />
      </AdminContext>
    </TestMemoryRouter>,
  );

const byStage = (counts: number[]) => ['SUGGESTED', 'SHORTLISTED', 'SUBMITTED', 'INTERVIEWING', 'OFFERED'].map((stage, i) => ({ stage, count: counts[i] ?? 0 }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('MyPipeline', () => {
  it('shows my matches by stage in words and the stuck ones, linking to their role’s pipeline', async () => {
    stubGraphQL({
      MyPipeline: () =>
        ok({
          myPipeline: {
            byStage: byStage([0, 3, 1, 0, 2]),
            stuckCount: 1,
            stuck: [
              { id: 'm1', roleId: 'r1', roleTitle: 'Platform engineer', candidateId: 'c1', candidateName: 'Ada Lovelace', stage: 'SUBMITTED', stageChangedAt: '2031-03-01T10:00:00.000Z', daysInStage: 12 },
            ],
          },
        }),
    });
    renderCard();
    expect(await screen.findByText('My pipeline (6)')).toBeTruthy();
    const stages = screen.getByLabelText('My matches by stage');
    expect(within(stages).getAllByRole('term').map((t) => t.textContent)).toEqual(['Suggested', 'Shortlisted', 'Submitted', 'Interviewing', 'Offered']);
    expect(within(stages).getAllByRole('definition').map((d) => d.textContent)).toEqual(['0', '3', '1', '0', '2']);
    expect(screen.getByText('Stuck for more than 7 days: 1')).toBeTruthy();
    const stuck = screen.getByRole('list', { name: 'Stuck matches' });
    const link = within(stuck).getByRole('link');
    expect(link.getAttribute('href')).toBe('/Role/r1/show/pipeline');
    expect(within(link).getByText('Ada Lovelace · Platform engineer')).toBeTruthy();
    expect(within(link).getByText('Submitted since 1 March 2031 (12 days)')).toBeTruthy();
  });

  it('says so when I have no open matches, or nothing is stuck', async () => {
    stubGraphQL({ MyPipeline: () => ok({ myPipeline: { byStage: byStage([]), stuckCount: 0, stuck: [] } }) });
    renderCard();
    expect(await screen.findByText(/No open matches of yours/)).toBeTruthy();
  });

  it('reports an error in place', async () => {
    stubGraphQL({ MyPipeline: () => apiError('FORBIDDEN', 'You may not read matches.') });
    renderCard();
    expect(await screen.findByText(/Your pipeline could not be loaded/)).toBeTruthy();
  });
});
