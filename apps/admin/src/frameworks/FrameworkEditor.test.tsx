import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FRAMEWORK, fixtures, renderAdmin } from '../test/editorTestKit';

const READ_ONLY = 'This framework version is published and read-only: create a new version to change it.';

afterEach(() => vi.restoreAllMocks());

const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const hrefOf = (element: HTMLElement) => element.getAttribute('href');

describe('FrameworkCreate', () => {
  it('creates a framework with createCapabilityFramework(name, description), then opens its page', async () => {
    const { container, dataProvider, location } = renderAdmin('/CapabilityFramework/create');
    await waitFor(() => expect(input(container, 'name')).toBeTruthy());
    fireEvent.change(input(container, 'name'), { target: { value: '  Data Platform Maturity ' } });
    fireEvent.change(input(container, 'description'), { target: { value: 'How well data reaches the people who decide.' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('CapabilityFramework', {
      data: { name: 'Data Platform Maturity', description: 'How well data reaches the people who decide.' },
    });
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/new/show'));
    expect(await screen.findByRole('heading', { name: 'Data Platform Maturity' })).toBeTruthy();
  });

  it('requires a name', async () => {
    const { container, dataProvider } = renderAdmin('/CapabilityFramework/create');
    await waitFor(() => expect(input(container, 'name')).toBeTruthy());
    fireEvent.change(input(container, 'description'), { target: { value: 'No name yet.' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(/required/i)).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it("shows the API's message when the name is taken", async () => {
    const message = 'A framework named "Engineering Orchestration" exists: make a new version of it instead.';
    const { container, dataProvider } = renderAdmin('/CapabilityFramework/create');
    dataProvider.create.mockRejectedValue(new HttpError(message, 409, { code: 'CONFLICT' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await waitFor(() => expect(input(container, 'name')).toBeTruthy());
    fireEvent.change(input(container, 'name'), { target: { value: 'Engineering Orchestration' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(message)).toBeTruthy();
  });
});

describe('FrameworkEdit', () => {
  it('saves name and description with update, then shows the framework', async () => {
    const { container, dataProvider, location } = renderAdmin('/CapabilityFramework/f2');
    await waitFor(() => expect(input(container, 'name').value).toBe(FRAMEWORK.name));
    fireEvent.change(input(container, 'description'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    // An emptied description is sent as '' (the API ignores a null).
    expect(dataProvider.update).toHaveBeenCalledWith('CapabilityFramework', expect.objectContaining({ id: 'f2', data: { name: FRAMEWORK.name, description: '' } }));
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/f2/show'));
  });

  it("shows the API's refusal (published meanwhile by someone else) and keeps the form as typed", async () => {
    const { container, dataProvider, location } = renderAdmin('/CapabilityFramework/f2');
    dataProvider.update.mockRejectedValue(new HttpError(READ_ONLY, 400, { code: 'BAD_USER_INPUT' }));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await waitFor(() => expect(input(container, 'name').value).toBe(FRAMEWORK.name));
    fireEvent.change(input(container, 'name'), { target: { value: 'Engineering Orchestration (revised)' } });
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText(READ_ONLY)).toBeTruthy();
    expect(location()?.pathname).toBe('/CapabilityFramework/f2');
    expect(input(container, 'name').value).toBe('Engineering Orchestration (revised)');
  });

  it('on a published framework (reached by a link): says up front it is read-only, offers New version, and offers no Save or Delete', async () => {
    const records = { CapabilityFramework: [{ ...FRAMEWORK, status: 'PUBLISHED', publishedAt: '2026-03-01T09:00:00.000Z' }] };
    const { container } = renderAdmin('/CapabilityFramework/f2', { records });
    await waitFor(() => expect(input(container, 'name').value).toBe(FRAMEWORK.name));
    expect(await screen.findByText(/Engineering Orchestration v2 is published, so it is read-only\. To change it, make a new version/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New version' })).toBeTruthy();
    expect((screen.getByRole('button', { name: /save/i }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: /delete/i })).toBeNull();
  });

  it('deletes a framework after a confirmation, then lists the frameworks', async () => {
    const { dataProvider, location } = renderAdmin('/CapabilityFramework/f2');
    dataProvider.delete.mockImplementation((_resource, { id }) => Promise.resolve({ data: { ...FRAMEWORK, id } }));
    fireEvent.click(await screen.findByRole('button', { name: /delete/i }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete Engineering Orchestration v2?')).toBeTruthy();
    expect(within(dialog).getByText(/areas, capabilities, questionnaires and questions are deleted with it/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(dataProvider.delete).toHaveBeenCalledWith('CapabilityFramework', expect.objectContaining({ id: 'f2' })));
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework'));
  });
});

describe('FrameworkShow write buttons', () => {
  it('offers an admin Edit, Add area, Add capability per area, Add questionnaire and Add question per questionnaire', async () => {
    renderAdmin('/CapabilityFramework/f2/show');
    await screen.findByText('Technical direction');
    expect(hrefOf(await screen.findByRole('link', { name: 'Edit' }))).toBe('/CapabilityFramework/f2');

    const areas = within(screen.getByRole('region', { name: 'Areas and capabilities' }));
    expect(hrefOf(areas.getByRole('link', { name: 'Add area' }))).toBe('/CapabilityArea/create?frameworkId=f2');
    const direction = within(areas.getByRole('region', { name: 'Direction and alignment' }));
    expect(hrefOf(direction.getByRole('link', { name: 'Add capability' }))).toBe('/Capability/create?areaId=a1');
    expect(hrefOf(direction.getByRole('link', { name: 'Edit area' }))).toBe('/CapabilityArea/a1');

    const questionnaire = within(screen.getByRole('region', { name: 'Questionnaire' }));
    expect(hrefOf(questionnaire.getByRole('link', { name: 'Add questionnaire' }))).toBe('/AssessmentTemplate/create?frameworkId=f2');
    const template = within(await questionnaire.findByRole('region', { name: 'Standard assessment' }));
    expect(hrefOf(template.getByRole('link', { name: 'Add question' }))).toBe('/Question/create?templateId=t1');
    expect(hrefOf(await template.findByRole('link', { name: 'Edit questionnaire' }))).toBe('/AssessmentTemplate/t1');
    expect(hrefOf(template.getByRole('link', { name: 'Standard assessment' }))).toBe('/AssessmentTemplate/t1/show');
  });

  it('on a published framework: says it is read-only, offers New version, and no edit or add button', async () => {
    const records = { ...fixtures(), CapabilityFramework: [{ ...FRAMEWORK, status: 'PUBLISHED', publishedAt: '2026-03-01T09:00:00.000Z' }] };
    const { dataProvider } = renderAdmin('/CapabilityFramework/f2/show', { records });
    await screen.findByText('Technical direction');
    expect(await screen.findByText(/is published, so it is read-only/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Standard assessment' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'New version' })).toBeTruthy();
    for (const name of ['Edit', 'Edit area', 'Add area', 'Add capability', 'Add questionnaire', 'Add question', 'Edit questionnaire']) {
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
    expect(dataProvider.update).not.toHaveBeenCalled();
  });

  it('hides every write button from a consultant, who still reads the page', async () => {
    renderAdmin('/CapabilityFramework/f2/show', { role: Role.CONSULTANT });
    await screen.findByText('Technical direction');
    expect(await screen.findByRole('link', { name: 'Standard assessment' })).toBeTruthy();
    // Let the permission checks settle before asserting absence.
    await waitFor(() => expect(screen.getAllByText('Direction and alignment').length).toBeGreaterThan(0));
    for (const name of ['Edit', 'Edit area', 'Add area', 'Add capability', 'Add questionnaire', 'Add question', 'Edit questionnaire']) {
      expect(screen.queryByRole('link', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'Publish' })).toBeNull();
  });

  it('offers Create on the list to an admin only', async () => {
    renderAdmin('/CapabilityFramework');
    expect(hrefOf(await screen.findByRole('link', { name: /create/i }))).toBe('/CapabilityFramework/create');
  });

  it('offers no Create on the list to a consultant', async () => {
    renderAdmin('/CapabilityFramework', { role: Role.CONSULTANT });
    await screen.findByText('Engineering Orchestration');
    expect(screen.queryByRole('link', { name: /create/i })).toBeNull();
  });
});
