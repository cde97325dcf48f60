/**
 * Test-only helpers for the framework editors' component tests: fixed records, a stubbed data
 * provider answering getManyReference by target and filter, and the admin with every framework
 * resource registered as App.tsx does. Not imported by the app.
 */
import { Role } from '@orchestra/shared';
import { render } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type CreateParams, type GetManyReferenceParams, type RaRecord, type UpdateParams } from 'react-admin';
import type { Location } from 'react-router';
import assessmentTemplates from '../assessment-templates';
import capabilities from '../capabilities';
import capabilityAreas from '../capability-areas';
import questions from '../questions';
import { stubAuthProvider, stubDataProvider } from './stubs';
import frameworks from '../frameworks';

export const FRAMEWORK = {
  id: 'f2',
  name: 'Engineering Orchestration',
  version: 2,
  description: 'How well an engineering organisation puts experienced judgement where it matters.',
  status: 'DRAFT',
  publishedAt: null,
};

export const AREA = { id: 'a1', frameworkId: 'f2', key: 'direction', name: 'Direction and alignment', description: 'Whether there is a clear technical direction.', position: 0 };

export const capability = (id: string, areaId: string, name: string, position: number) => ({
  id,
  frameworkId: 'f2',
  areaId,
  key: id,
  name,
  description: '',
  nature: 'JUDGEMENT',
  weight: 1,
  levels: ['1', '2', '3', '4', '5'],
  skills: [],
  defaultTarget: 3,
  position,
});

export const TEMPLATE = { id: 't1', frameworkId: 'f2', name: 'Standard assessment', description: 'One short section per area.', estimatedMinutes: 30 };

export const SCALE_QUESTION = {
  id: 'q1',
  templateId: 't1',
  capabilityId: 'c1',
  key: 'technical-direction.q1',
  prompt: 'How clearly could you describe where your technology is heading?',
  helpText: null,
  type: 'SCALE',
  options: ["I couldn't say", 'Only vaguely', 'The broad strokes', 'Clearly, with the reasons', "Clearly, and it's written down"].map((label, i) => ({
    key: String(i + 1),
    label,
    score: i + 1,
  })),
  weight: 1,
  allowsDontKnow: true,
  position: 0,
};

export const CHOICE_QUESTION = {
  id: 'q2',
  templateId: 't1',
  capabilityId: 'c2',
  key: 'alignment.q1',
  prompt: 'Who decides what engineering works on next?',
  helpText: 'Think of the last quarter.',
  type: 'CHOICE',
  options: [
    { key: 'nobody', label: 'Nobody in particular', score: 1 },
    { key: 'together', label: 'Engineering and product together', score: 4 },
  ],
  weight: 1.5,
  allowsDontKnow: false,
  position: 1,
};

export const TEXT_QUESTION = {
  id: 'q3',
  templateId: 't1',
  capabilityId: 'c1',
  key: 'technical-direction.notes',
  prompt: 'Anything else about your technical direction?',
  helpText: null,
  type: 'TEXT',
  options: [],
  weight: 1,
  allowsDontKnow: true,
  position: 2,
};

export const fixtures = (): Record<string, RaRecord[]> => ({
  CapabilityFramework: [{ ...FRAMEWORK }],
  CapabilityArea: [{ ...AREA }],
  Capability: [capability('c1', 'a1', 'Technical direction', 0), capability('c2', 'a1', 'Alignment with the business need', 1)],
  AssessmentTemplate: [{ ...TEMPLATE }],
  Question: [{ ...CHOICE_QUESTION }, { ...TEXT_QUESTION }, { ...SCALE_QUESTION }],
});

/** getManyReference over the records: the target must match, then every filter field; sorted by the requested field. */
const byReference = (records: Record<string, RaRecord[]>) => (resource: string, params: GetManyReferenceParams) => {
  const matches = (records[resource] ?? [])
    .filter((r) => r[params.target] === params.id && Object.entries(params.filter ?? {}).every(([k, v]) => r[k] === v))
    .sort((a, b) => (a[params.sort.field] > b[params.sort.field] ? 1 : a[params.sort.field] < b[params.sort.field] ? -1 : 0));
  return Promise.resolve({ data: matches, total: matches.length });
};

/**
 * Renders the admin at `path` as `role` (ADMIN by default). create stores and answers the sent
 * data with id "new", update the record merged with the sent data; both can be re-stubbed.
 */
export function renderAdmin(path: string, { role = Role.ADMIN as Role, records = fixtures() } = {}) {
  // jsdom has no scrolling and react-admin scrolls to the top on navigation, sometimes after a
  // test's end: a lasting no-op rather than a spy that afterEach restores.
  window.scrollTo = () => undefined;
  const dataProvider = stubDataProvider(records);
  dataProvider.getManyReference.mockImplementation(byReference(records));
  dataProvider.create.mockImplementation((resource: string, { data }: CreateParams) => {
    const created = { ...data, id: 'new' };
    (records[resource] ??= []).push(created);
    return Promise.resolve({ data: created });
  });
  dataProvider.update.mockImplementation((resource: string, { id, data }: UpdateParams) =>
    Promise.resolve({ data: { ...(records[resource] ?? []).find((r) => r.id === id), ...data, id } }),
  );
  let location: Location | undefined;
  const view = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="CapabilityFramework" {...frameworks} />
        <Resource name="CapabilityArea" {...capabilityAreas} />
        <Resource name="Capability" {...capabilities} />
        <Resource name="AssessmentTemplate" {...assessmentTemplates} />
        <Resource name="Question" {...questions} />
      </Admin>
    </TestMemoryRouter>,
  );
  return { ...view, dataProvider, location: () => location };
}
