import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { HttpError } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHOICE_QUESTION, renderAdmin, SCALE_QUESTION, TEXT_QUESTION } from '../test/editorTestKit';

const LABELS = ['Never', 'Rarely', 'For the biggest ones', 'Usually', 'Always, in proportion to the risk'];
const READ_ONLY = 'This framework version is published and read-only: create a new version to change it.';

afterEach(() => vi.restoreAllMocks());

const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const type = (container: HTMLElement, name: string, value: string) => fireEvent.change(input(container, name), { target: { value } });

/** Picks `option` in the MUI select or autocomplete labelled `label`. */
async function pick(label: RegExp | string, option: string, index = 0) {
  const combobox = (await screen.findAllByRole('combobox', { name: label }))[index]!;
  fireEvent.mouseDown(combobox);
  if (combobox.tagName === 'INPUT') fireEvent.keyDown(combobox, { key: 'ArrowDown' });
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('QuestionCreate', () => {
  it('creates a SCALE question: five options keyed and scored 1..5 in order, then shows the questionnaire', async () => {
    const { container, dataProvider, location } = renderAdmin('/Question/create?templateId=t1');
    expect(await screen.findByRole('link', { name: 'Standard assessment' })).toBeTruthy();
    await pick(/Capability/, 'Technical direction');
    // Only the capabilities of the questionnaire's framework are offered.
    expect(dataProvider.getList).toHaveBeenCalledWith('Capability', expect.objectContaining({ filter: { frameworkId: 'f2' } }));

    type(container, 'key', 'technical-direction.q9');
    type(container, 'prompt', 'Before a significant decision, how often are two options compared?');
    const answers = screen.getByRole('group', { name: 'Scale answers' });
    expect(within(answers).getAllByRole('textbox')).toHaveLength(5);
    LABELS.forEach((label, i) => type(container, `scaleLabels.${i}`, label));
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('Question', {
      data: {
        templateId: 't1',
        capabilityId: 'c1',
        key: 'technical-direction.q9',
        type: 'SCALE',
        prompt: 'Before a significant decision, how often are two options compared?',
        helpText: null,
        options: LABELS.map((label, i) => ({ key: String(i + 1), label, score: i + 1 })),
        weight: 1,
        allowsDontKnow: true,
      },
    });
    await waitFor(() => expect(location()?.pathname).toBe('/AssessmentTemplate/t1/show'));
  });

  it('creates a CHOICE question from option rows, a blank key made from the label', async () => {
    const { container, dataProvider } = renderAdmin('/Question/create?templateId=t1');
    await pick(/Capability/, 'Alignment with the business need');
    type(container, 'key', 'alignment.q9');
    type(container, 'prompt', 'Who sets priorities?');
    await pick('Type', 'Choice');
    expect(await screen.findByText('Options')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Scale answers' })).toBeNull();

    type(container, 'choices.0.label', 'Whoever shouts loudest');
    await pick('Score', '1 · Initial', 0);
    type(container, 'choices.1.label', 'Engineering and product together');
    type(container, 'choices.1.key', 'together');
    await pick('Score', '4 · Managed', 1);
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create.mock.calls[0]![1].data).toMatchObject({
      type: 'CHOICE',
      capabilityId: 'c2',
      options: [
        { key: 'whoever-shouts-loudest', label: 'Whoever shouts loudest', score: 1 },
        { key: 'together', label: 'Engineering and product together', score: 4 },
      ],
    });
  });

  it('creates a TEXT question with no options, even after another type was tried', async () => {
    const { container, dataProvider } = renderAdmin('/Question/create?templateId=t1');
    await pick(/Capability/, 'Technical direction');
    type(container, 'key', 'technical-direction.notes');
    type(container, 'prompt', 'Anything else?');
    await pick('Type', 'Multiple choice');
    expect(await screen.findByText('Options')).toBeTruthy();
    await pick('Type', 'Text');
    expect(await screen.findByText(/A text question has no options/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create.mock.calls[0]![1].data).toMatchObject({ type: 'TEXT', options: [] });
  });

  it('refuses a key the API would refuse, and blank scale answers, without calling it', async () => {
    const { container, dataProvider } = renderAdmin('/Question/create?templateId=t1');
    await pick(/Capability/, 'Technical direction');
    type(container, 'key', 'Technical Direction');
    type(container, 'prompt', 'How clear is the direction?');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(/Use lower-case letters and digits/)).toBeTruthy();
    expect((await screen.findAllByText(/required/i)).length).toBeGreaterThanOrEqual(5);
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('says where to start when opened without a questionnaire', async () => {
    renderAdmin('/Question/create');
    expect(await screen.findByText(/A question is added from its questionnaire/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  });
});

describe('QuestionEdit', () => {
  it('edits a SCALE question: its five labels, with key, type and capability fixed', async () => {
    const { container, dataProvider, location } = renderAdmin('/Question/q1');
    await waitFor(() => expect(input(container, 'scaleLabels.4')?.value).toBe("Clearly, and it's written down"));
    expect(container.querySelector('[name="key"]')).toBeNull();
    expect(container.querySelector('[name="type"]')).toBeNull();
    expect(screen.getByText('technical-direction.q1')).toBeTruthy();
    expect(screen.getByText('Scale')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Technical direction' })).toBeTruthy();

    type(container, 'scaleLabels.0', 'Not at all');
    type(container, 'helpText', 'Think of the last year.');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'Question',
      expect.objectContaining({
        id: 'q1',
        data: {
          prompt: SCALE_QUESTION.prompt,
          helpText: 'Think of the last year.',
          options: [{ key: '1', label: 'Not at all', score: 1 }, ...SCALE_QUESTION.options.slice(1)],
          weight: 1,
          allowsDontKnow: true,
        },
      }),
    );
    await waitFor(() => expect(location()?.pathname).toBe('/AssessmentTemplate/t1/show'));
  });

  it('edits a CHOICE question as rows', async () => {
    const { container, dataProvider } = renderAdmin('/Question/q2');
    await waitFor(() => expect(input(container, 'choices.1.label')?.value).toBe('Engineering and product together'));
    type(container, 'choices.1.label', 'Product and engineering, together');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update.mock.calls[0]![1].data).toEqual({
      prompt: CHOICE_QUESTION.prompt,
      helpText: CHOICE_QUESTION.helpText,
      options: [CHOICE_QUESTION.options[0], { key: 'together', label: 'Product and engineering, together', score: 4 }],
      weight: 1.5,
      allowsDontKnow: false,
    });
  });

  it('sends no options for a TEXT question', async () => {
    const { container, dataProvider } = renderAdmin('/Question/q3');
    await waitFor(() => expect(input(container, 'prompt')?.value).toBe(TEXT_QUESTION.prompt));
    expect(screen.getByText(/A text question has no options/)).toBeTruthy();
    type(container, 'prompt', 'Anything else?');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update.mock.calls[0]![1].data).toMatchObject({ prompt: 'Anything else?', options: [] });
  });

  it("shows the API's refusal (published meanwhile) and keeps the form as typed", async () => {
    const { container, dataProvider, location } = renderAdmin('/Question/q1');
    dataProvider.update.mockRejectedValue(new HttpError(READ_ONLY, 400, { code: 'BAD_USER_INPUT' }));
    // react-admin logs the failed mutation too.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await waitFor(() => expect(input(container, 'prompt')?.value).toBe(SCALE_QUESTION.prompt));
    type(container, 'prompt', 'How clear is the direction?');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    expect(await screen.findByText(READ_ONLY)).toBeTruthy();
    expect(location()?.pathname).toBe('/Question/q1');
    expect(input(container, 'prompt').value).toBe('How clear is the direction?');
  });

  it('deletes after a confirmation, then shows the questionnaire', async () => {
    const { dataProvider, location } = renderAdmin('/Question/q1');
    dataProvider.delete.mockImplementation((_resource, { id }) => Promise.resolve({ data: { ...SCALE_QUESTION, id } }));
    fireEvent.click(await screen.findByRole('button', { name: /delete/i }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete the question technical-direction.q1?')).toBeTruthy();
    expect(dataProvider.delete).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(dataProvider.delete).toHaveBeenCalledWith('Question', expect.objectContaining({ id: 'q1' })));
    await waitFor(() => expect(location()?.pathname).toBe('/AssessmentTemplate/t1/show'));
  });

  it('is not offered to a consultant', async () => {
    renderAdmin('/Question/q1', { role: Role.CONSULTANT });
    await waitFor(() => expect(screen.queryByRole('button', { name: /save/i })).toBeNull());
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
