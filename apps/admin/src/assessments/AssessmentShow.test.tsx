import { Role } from '@orchestra/shared';
import { render, screen } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import assessments from '.';

const assessment = (status: string) => ({
  id: 'a1',
  title: 'Engineering baseline',
  status,
  engagementId: 'e1',
  templateId: 't1',
  dueDate: '2031-03-01',
  minRespondents: 3,
  progress: { invited: 2, started: 0, submitted: 2, rate: 1, byRole: [] },
  targets: [],
});

const REPORT = {
  assessmentId: 'a1',
  title: 'Engineering baseline',
  status: 'SCORED',
  clientName: 'Northwind',
  engagementTitle: 'Platform',
  scoredAt: null,
  publishedAt: null,
  renderedAt: '2031-03-02T09:00:00.000Z',
  summary: { invited: 2, submitted: 2, capabilities: 1, scored: 1, gaps: 0, worstSeverity: 0, overallCurrent: 3, overallTarget: 3 },
  areas: [],
  heatmap: { columns: [], rows: [] },
  clientHeatmap: { columns: [], rows: [] },
  disclosure: { threshold: 3, publishable: true, summary: 'Every seat has at least 3 respondents, so each is shown on its own.', seats: [] },
  gaps: [],
};

function renderAt(path: string, status: string) {
  const dataProvider = stubDataProvider({ Assessment: [assessment(status)], WorkflowRun: [] });
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <Admin disableTelemetry dataProvider={dataProvider} authProvider={stubAuthProvider(Role.CONSULTANT)}>
        <Resource name="Assessment" {...assessments} />
      </Admin>
    </TestMemoryRouter>,
  );
}

describe('AssessmentShow: the Report tab', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('opens the report from the notification link /Assessment/:id/show/report once scored', async () => {
    const api = stubGraphQL({ AssessmentReport: () => ok({ assessmentReport: REPORT }) });
    renderAt('/Assessment/a1/show/report', 'SCORED');
    const tab = await screen.findByRole('tab', { name: 'Report' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Engineering baseline', level: 1 })).toBeTruthy();
    expect(api.of('AssessmentReport')[0]!.variables).toEqual({ assessmentId: 'a1' });
  });

  it('has no Report tab before the assessment is scored', async () => {
    stubGraphQL({});
    renderAt('/Assessment/a1/show', 'OPEN');
    expect(await screen.findByRole('tab', { name: 'Overview' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Report' })).toBeNull();
  });
});
