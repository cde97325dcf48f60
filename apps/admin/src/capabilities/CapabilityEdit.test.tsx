import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Admin, HttpError, Resource, TestMemoryRouter, type GetManyReferenceParams, type RaRecord } from 'react-admin';
import type { Location } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import frameworks from '../frameworks';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import capabilities from '.';

const LEVELS = [
  'No stated direction: each team decides for itself.',
  'A direction lives in one or two senior heads.',
  'A written direction exists and most engineers know it.',
  'The direction is reviewed on a rhythm and shapes roadmaps.',
  'The direction moves with the evidence, openly challenged.',
];

const CAPABILITY = {
  id: 'cap1',
  frameworkId: 'f1',
  areaId: 'a1',
  area: { id: 'a1' },
  key: 'technical-direction',
  name: 'Technical direction',
  description: 'A shared, written view of where the technology is heading.',
  nature: 'JUDGEMENT',
  weight: 1.5,
  levels: LEVELS,
  skills: ['Technical leadership', 'Software architecture'],
  defaultTarget: 3,
  position: 1,
};

const QUESTION = {
  id: 'q1',
  templateId: 't1',
  capabilityId: 'cap1',
  key: 'technical-direction.q2',
  prompt: 'Where does your technical direction live today?',
  helpText: null,
  type: 'CHOICE',
  options: [
    { key: 'nowhere', label: 'Nowhere in particular', score: 1 },
    { key: 'current-document', label: 'In a current document', score: 4 },
  ],
  weight: 1,
  allowsDontKnow: true,
  position: 2,
};

const framework = (status: 'DRAFT' | 'PUBLISHED') => ({
  id: 'f1',
  name: 'Engineering Orchestration',
  version: 1,
  description: '',
  status,
  publishedAt: status === 'PUBLISHED' ? '2026-03-01T09:00:00.000Z' : null,
});

/** getManyReference over the fixed records: the target must match, then every filter field. */
const byReference = (records: Record<string, RaRecord[]>) => (resource: string, params: GetManyReferenceParams) => {
  const matches = (records[resource] ?? []).filter(
    (r) => r[params.target] === params.id && Object.entries(params.filter ?? {}).every(([k, v]) => r[k] === v),
  );
  return Promise.resolve({ data: matches, total: matches.length });
};

function renderCapability(path: string, { role = Role.ADMIN as Role, status = 'DRAFT' as 'DRAFT' | 'PUBLISHED' } = {}) {
  const records = {
    Capability: [CAPABILITY],
    CapabilityFramework: [framework(status)],
    CapabilityArea: [{ id: 'a1', frameworkId: 'f1', key: 'direction', name: 'Direction and alignment', description: '', position: 1 }],
    AssessmentTemplate: [{ id: 't1', frameworkId: 'f1', name: 'Standard assessment', description: '', estimatedMinutes: 30 }],
    Question: [QUESTION],
  };
  const dataProvider = stubDataProvider(records);
  dataProvider.getManyReference.mockImplementation(byReference(records));
  dataProvider.update.mockImplementation((_resource, { id, data }) => Promise.resolve({ data: { ...CAPABILITY, ...data, id } }));
  let location: Location | undefined;
  const { container } = render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={(l) => (location = l)}>
      <Admin disableTelemetry authProvider={stubAuthProvider(role)} dataProvider={dataProvider}>
        <Resource name="Capability" {...capabilities} />
        <Resource name="CapabilityFramework" {...frameworks} />
        <Resource name="CapabilityArea" recordRepresentation="name" />
        <Resource name="AssessmentTemplate" recordRepresentation="name" />
        <Resource name="Question" />
      </Admin>
    </TestMemoryRouter>,
  );
  return { container, dataProvider, location: () => location };
}

beforeEach(() => {
  // jsdom has no scrolling; react-admin scrolls to the top on navigation.
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const levelInput = (container: HTMLElement, index: number) => container.querySelector<HTMLTextAreaElement>(`textarea[name="levels.${index}"]`);

describe('CapabilityEdit', () => {
  it('shows the five levels side by side, Initial to Optimising, filled from the record', async () => {
    const { container } = renderCapability('/Capability/cap1');
    await waitFor(() => expect(levelInput(container, 0)?.value).toBe(LEVELS[0]));

    const group = screen.getByRole('group', { name: 'Levels' });
    expect(within(group).getAllByRole('textbox')).toHaveLength(5);
    expect([...group.querySelectorAll('label')].map((l) => l.textContent?.replace(/\s*\*$/, ''))).toEqual([
      '1 · Initial',
      '2 · Emerging',
      '3 · Defined',
      '4 · Managed',
      '5 · Optimising',
    ]);
    LEVELS.forEach((text, i) => expect(levelInput(container, i)?.value).toBe(text));
    expect(within(group).getByLabelText(/Defined/)).toBe(levelInput(container, 2));
    // Nature is shown, not edited.
    expect(screen.getByText('Judgement')).toBeTruthy();
    expect(container.querySelector('[name="nature"]')).toBeNull();
    // The skills as chips.
    expect(screen.getByText('Technical leadership')).toBeTruthy();
  });

  it('saves the edited levels with update, sending only the editable fields, then shows the capability', async () => {
    const { container, dataProvider, location } = renderCapability('/Capability/cap1');
    await waitFor(() => expect(levelInput(container, 2)?.value).toBe(LEVELS[2]));

    fireEvent.change(levelInput(container, 2)!, { target: { value: 'A written direction exists, is current and is known.' } });
    fireEvent.change(levelInput(container, 4)!, { target: { value: '  Revisited as the evidence changes.  ' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'Capability',
      expect.objectContaining({
        id: 'cap1',
        data: {
          name: 'Technical direction',
          description: CAPABILITY.description,
          weight: 1.5,
          levels: [LEVELS[0], LEVELS[1], 'A written direction exists, is current and is known.', LEVELS[3], 'Revisited as the evidence changes.'],
          skills: ['Technical leadership', 'Software architecture'],
          defaultTarget: 3,
        },
      }),
    );
    await waitFor(() => expect(location()?.pathname).toBe('/Capability/cap1/show'));
  });

  it("shows the API's refusal (published meanwhile) and keeps the form as typed", async () => {
    const { container, dataProvider, location } = renderCapability('/Capability/cap1');
    const message = 'This framework version is published and read-only: create a new version to change it.';
    dataProvider.update.mockRejectedValue(new HttpError(message, 400, { code: 'BAD_USER_INPUT' }));
    // react-admin logs the failed mutation too.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await waitFor(() => expect(levelInput(container, 0)?.value).toBe(LEVELS[0]));

    fireEvent.change(levelInput(container, 0)!, { target: { value: 'Nobody sets a direction.' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText(message)).toBeTruthy();
    expect(location()?.pathname).toBe('/Capability/cap1');
    expect(levelInput(container, 0)?.value).toBe('Nobody sets a direction.');
  });

  it('on a published framework: says up front it is read-only, with New version, and offers no Save or Delete', async () => {
    const { container } = renderCapability('/Capability/cap1', { status: 'PUBLISHED' });
    await waitFor(() => expect(levelInput(container, 0)?.value).toBe(LEVELS[0]));
    expect(await screen.findByText(/Engineering Orchestration v1 is published, so it is read-only/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New version' })).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('button', { name: /save/i }) as HTMLButtonElement).disabled).toBe(true));
    expect(screen.queryByRole('button', { name: /delete/i })).toBeNull();
  });

  it('refuses to save an emptied level', async () => {
    const { container, dataProvider } = renderCapability('/Capability/cap1');
    await waitFor(() => expect(levelInput(container, 1)?.value).toBe(LEVELS[1]));
    fireEvent.change(levelInput(container, 1)!, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(/required/i)).toBeTruthy();
    expect(dataProvider.update).not.toHaveBeenCalled();
  });

  it('lists the questions measuring the capability, read-only, with type and scored options', async () => {
    renderCapability('/Capability/cap1');
    const questions = await screen.findByRole('region', { name: 'Questions' });
    expect(await within(questions).findByText(QUESTION.prompt)).toBeTruthy();
    expect(within(questions).getByText('Choice')).toBeTruthy();
    expect(within(questions).getByText('Nowhere in particular · 1')).toBeTruthy();
    expect(within(questions).getByText('In a current document · 4')).toBeTruthy();
    expect(await within(questions).findByText('Standard assessment')).toBeTruthy();
    expect(within(questions).queryByRole('textbox')).toBeNull();
  });
});

describe('CapabilityShow', () => {
  it('shows the five levels side by side and its framework, with no Edit button for a consultant', async () => {
    renderCapability('/Capability/cap1/show', { role: Role.CONSULTANT });
    const group = await screen.findByRole('group', { name: 'Levels' });
    expect([...group.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      '1 · Initial',
      '2 · Emerging',
      '3 · Defined',
      '4 · Managed',
      '5 · Optimising',
    ]);
    LEVELS.forEach((text) => expect(within(group).getByText(text)).toBeTruthy());
    expect((await screen.findByRole('link', { name: 'Engineering Orchestration v1' })).getAttribute('href')).toBe('/CapabilityFramework/f1/show');
    expect(await screen.findByText('Direction and alignment')).toBeTruthy();
    expect(screen.getByText('3 · Defined', { selector: 'span' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /edit/i })).toBeNull();
  });

  it('has an Edit button for an admin while the framework is a draft', async () => {
    renderCapability('/Capability/cap1/show');
    expect((await screen.findByRole('link', { name: /edit/i })).getAttribute('href')).toBe('/Capability/cap1');
  });

  it('says a published framework is read-only and offers an admin New version instead of Edit', async () => {
    renderCapability('/Capability/cap1/show', { status: 'PUBLISHED' });
    expect(await screen.findByText(/Engineering Orchestration v1 is published, so it is read-only/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'New version' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /edit/i })).toBeNull();
  });
});
