import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, Resource, TestMemoryRouter, type GetManyReferenceParams, type RaRecord } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import capabilities from '../capabilities';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import frameworks from '.';

const DRAFT = {
  id: 'f2',
  name: 'Engineering Orchestration',
  version: 2,
  description: 'How well an engineering organisation puts experienced judgement where it matters.',
  status: 'DRAFT',
  publishedAt: null,
};
const PUBLISHED = { ...DRAFT, id: 'f1', version: 1, status: 'PUBLISHED', publishedAt: '2026-03-01T09:00:00.000Z' };
const NEXT_DRAFT = { ...DRAFT, id: 'f3', version: 3 };

const capability = (id: string, areaId: string, name: string, nature: string, position: number) => ({
  id,
  frameworkId: 'f2',
  areaId,
  key: id,
  name,
  description: '',
  nature,
  weight: 1,
  levels: ['1', '2', '3', '4', '5'],
  skills: [],
  defaultTarget: 3,
  position,
});

const RECORDS: Record<string, RaRecord[]> = {
  CapabilityFramework: [DRAFT, PUBLISHED, NEXT_DRAFT],
  // The API answers in the requested order (position).
  CapabilityArea: [
    { id: 'a1', frameworkId: 'f2', key: 'direction', name: 'Direction and alignment', description: 'Whether there is a clear technical direction.', position: 1 },
    { id: 'a2', frameworkId: 'f2', key: 'delivery', name: 'Delivery and operations', description: '', position: 2 },
  ],
  Capability: [
    capability('c1', 'a1', 'Technical direction', 'JUDGEMENT', 1),
    capability('c2', 'a1', 'Alignment with the business need', 'JUDGEMENT', 2),
    capability('c3', 'a2', 'Continuous delivery', 'PRACTICE', 1),
    capability('c4', 'a2', 'Enough people on call', 'CAPACITY', 2),
  ],
  AssessmentTemplate: [{ id: 't1', frameworkId: 'f2', name: 'Standard assessment', description: 'One short section per area.', estimatedMinutes: 30 }],
  Question: [
    ...['q1', 'q2', 'q3'].map((id) => ({ id, templateId: 't1', type: 'SCALE' })),
    ...['q4', 'q5'].map((id) => ({ id, templateId: 't1', type: 'CHOICE' })),
    { id: 'q6', templateId: 't1', type: 'TEXT' },
  ],
};

/** getManyReference over the fixed records: the target must match, then every filter field. */
const byReference = (resource: string, params: GetManyReferenceParams) => {
  const matches = (RECORDS[resource] ?? []).filter(
    (r) => r[params.target] === params.id && Object.entries(params.filter ?? {}).every(([k, v]) => r[k] === v),
  );
  return Promise.resolve({ data: matches, total: matches.length });
};

function renderFramework(id: string, role: Role = Role.ADMIN) {
  const dataProvider = stubDataProvider(RECORDS);
  dataProvider.getManyReference.mockImplementation(byReference);
  let location: Location | undefined;
  render(
    <TestMemoryRouter initialEntries={[`/CapabilityFramework/${id}/show`]} locationCallback={(l) => (location = l)}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="CapabilityFramework" {...frameworks} />
        <Resource name="Capability" {...capabilities} />
        <Resource name="CapabilityArea" recordRepresentation="name" />
        <Resource name="AssessmentTemplate" recordRepresentation="name" />
        <Resource name="Question" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { dataProvider, location: () => location };
}

/** fetch answering every GraphQL call with `answer`; the calls are in `mock.calls`. */
function stubGraphQL(answer: unknown) {
  const fetch = vi.fn((_url: string, _init: RequestInit) => Promise.resolve(new Response(JSON.stringify(answer))));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const sentBody = (fetch: ReturnType<typeof stubGraphQL>, call = 0) =>
  JSON.parse(fetch.mock.calls[call]![1].body as string) as { query: string; variables: Record<string, unknown> };

beforeEach(() => {
  // jsdom has no scrolling; react-admin scrolls to the top on navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('FrameworkShow', () => {

  it('shows the header, the areas in order with their capabilities, and the question count by type', async () => {
    renderFramework('f2', Role.CONSULTANT);
    expect(await screen.findByRole('heading', { name: 'Engineering Orchestration' })).toBeTruthy();
    expect(screen.getByText('v2')).toBeTruthy();
    expect(screen.getByText('Draft', { selector: '.MuiChip-label' })).toBeTruthy();

    const areas = within(await screen.findByRole('region', { name: 'Areas and capabilities' }));
    await areas.findByText('Continuous delivery');
    expect(areas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Direction and alignment', 'Delivery and operations']);
    const direction = within(areas.getByRole('region', { name: 'Direction and alignment' }));
    expect(direction.getAllByRole('row').slice(1).map((r) => r.querySelector('td')?.textContent)).toEqual([
      'Technical direction',
      'Alignment with the business need',
    ]);
    const delivery = within(areas.getByRole('region', { name: 'Delivery and operations' }));
    const row = delivery.getByText('Enough people on call').closest('tr')!;
    expect(within(row).getByText('Capacity')).toBeTruthy();
    expect(within(row).getByText('3 · Defined')).toBeTruthy();

    const questionnaire = within(screen.getByRole('region', { name: 'Questionnaire' }));
    expect(await questionnaire.findByText('Standard assessment')).toBeTruthy();
    const counts = within(questionnaire.getByRole('list', { name: 'Questions by type' }));
    await waitFor(() =>
      expect(counts.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        'All questions6',
        'Scale3',
        'Choice2',
        'Multiple choice0',
        'Text1',
      ]),
    );
  });

  it('opens a capability from its row', async () => {
    const { location } = renderFramework('f2', Role.CONSULTANT);
    fireEvent.click(await screen.findByText('Continuous delivery'));
    await waitFor(() => expect(location()?.pathname).toBe('/Capability/c3/show'));
  });

  it('has no actions for a consultant', async () => {
    const fetch = stubGraphQL({ data: null });
    renderFramework('f2', Role.CONSULTANT);
    await screen.findByText('Technical direction');
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'New version' })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('publishes a draft after confirmation with publishCapabilityFramework, then reloads it', async () => {
    const fetch = stubGraphQL({ data: { publishCapabilityFramework: { ...DRAFT, status: 'PUBLISHED', publishedAt: '2026-04-01T10:00:00.000Z' } } });
    const { dataProvider } = renderFramework('f2');
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Publish Engineering Orchestration v2?')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    const getOneCalls = dataProvider.getOne.mock.calls.length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));

    expect(await screen.findByText('Engineering Orchestration v2 is published.')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]![0]).toBe('/graphql');
    const { query, variables } = sentBody(fetch);
    expect(query).toMatch(/mutation PublishCapabilityFramework\(\$id: ID!\) \{\s*publishCapabilityFramework\(id: \$id\)/);
    expect(variables).toEqual({ id: 'f2' });
    await waitFor(() => expect(dataProvider.getOne.mock.calls.length).toBeGreaterThan(getOneCalls));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not publish when the confirmation is cancelled', async () => {
    const fetch = stubGraphQL({ data: null });
    renderFramework('f2');
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: /cancel/i }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fetch).not.toHaveBeenCalled();
  });

  it("shows the API's message when publishing is refused", async () => {
    const message = 'Engineering Orchestration v2 needs at least one capability and one question before it can be published.';
    stubGraphQL({ data: null, errors: [{ message, extensions: { code: 'CONFLICT' } }] });
    renderFramework('f2');
    fireEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(message)).toBeTruthy();
  });

  it('offers no Publish on a published framework, and opens the new draft made by New version', async () => {
    const fetch = stubGraphQL({ data: { newCapabilityFrameworkVersion: NEXT_DRAFT } });
    const { location } = renderFramework('f1');
    expect(await screen.findByText('Published', { selector: '.MuiChip-label' })).toBeTruthy();
    const newVersion = await screen.findByRole('button', { name: 'New version' });
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();

    fireEvent.click(newVersion);
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/f3/show'));
    const { query, variables } = sentBody(fetch);
    expect(query).toContain('newCapabilityFrameworkVersion(id: $id)');
    expect(variables).toEqual({ id: 'f1' });
    expect(await screen.findByText('Engineering Orchestration v3 created as a draft.')).toBeTruthy();
    expect(await screen.findByText('v3')).toBeTruthy();
  });
});

describe('FrameworkList', () => {
  it('lists name, version, status and published date, opening a framework on click', async () => {
    const dataProvider = stubDataProvider({ CapabilityFramework: [PUBLISHED, DRAFT] });
    let location: Location | undefined;
    render(
      <TestMemoryRouter initialEntries={['/CapabilityFramework']} locationCallback={(l) => (location = l)}>
        <Admin disableTelemetry authProvider={stubAuthProvider(Role.CONSULTANT)} dataProvider={dataProvider}>
          <Resource name="CapabilityFramework" {...frameworks} />
        </Admin>
      </TestMemoryRouter>,
    );
    await waitFor(() => expect(screen.getAllByText('Engineering Orchestration')).toHaveLength(2));
    expect(screen.getAllByText('Capability frameworks').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Version', 'Status', 'Published']);
    expect(dataProvider.getList).toHaveBeenCalledWith('CapabilityFramework', expect.objectContaining({ sort: { field: 'name', order: 'ASC' } }));
    const published = screen.getByText('Published', { selector: '.MuiChip-label' }).closest('tr')!;
    expect(within(published).getByText('1')).toBeTruthy();
    expect(within(published).getByText('1 March 2026')).toBeTruthy();
    const draft = screen.getByText('Draft', { selector: '.MuiChip-label' }).closest('tr')!;
    expect(within(draft).getByText('—')).toBeTruthy();
    fireEvent.click(within(draft).getByText('2'));
    await waitFor(() => expect(location?.pathname).toBe('/CapabilityFramework/f2/show'));
  });
});
