import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHOICE_QUESTION, renderAdmin, SCALE_QUESTION, TEMPLATE, TEXT_QUESTION } from '../test/editorTestKit';

afterEach(() => vi.restoreAllMocks());

const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const type = (container: HTMLElement, name: string, value: string) => fireEvent.change(input(container, name), { target: { value } });

describe('TemplateShow', () => {
  it('lists the questions in order with prompt, type and capability, and offers an admin Add question and Edit', async () => {
    const { dataProvider, location } = renderAdmin('/AssessmentTemplate/t1/show');
    const questions = within(await screen.findByRole('region', { name: 'Questions' }));
    await questions.findByText(SCALE_QUESTION.prompt);
    expect(dataProvider.getManyReference).toHaveBeenCalledWith('Question', expect.objectContaining({ target: 'templateId', id: 't1', sort: { field: 'position', order: 'ASC' } }));
    const rows = questions.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('td')?.textContent)).toEqual([SCALE_QUESTION.prompt, CHOICE_QUESTION.prompt + CHOICE_QUESTION.helpText, TEXT_QUESTION.prompt]);
    expect(within(rows[0]!).getByText('Scale')).toBeTruthy();
    expect(within(rows[1]!).getByText('Choice')).toBeTruthy();
    expect(within(rows[2]!).getByText('Text')).toBeTruthy();
    expect(await within(rows[1]!).findByText('Alignment with the business need')).toBeTruthy();
    expect(within(rows[0]!).getByText('Technical direction')).toBeTruthy();
    expect(screen.getByText('What respondents read first')).toBeTruthy();
    expect(screen.getByText(TEMPLATE.description)).toBeTruthy();

    expect(questions.getByRole('link', { name: 'Add question' }).getAttribute('href')).toBe('/Question/create?templateId=t1');
    expect((await screen.findByRole('link', { name: 'Edit' })).getAttribute('href')).toBe('/AssessmentTemplate/t1');
    fireEvent.click(within(rows[1]!).getByText(CHOICE_QUESTION.prompt));
    await waitFor(() => expect(location()?.pathname).toBe('/Question/q2'));
  });

  it('shows a consultant the questions without Add question, Edit or clickable rows', async () => {
    const { location } = renderAdmin('/AssessmentTemplate/t1/show', { role: Role.CONSULTANT });
    const questions = within(await screen.findByRole('region', { name: 'Questions' }));
    fireEvent.click(await questions.findByText(CHOICE_QUESTION.prompt));
    expect(screen.queryByRole('link', { name: 'Add question' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(location()?.pathname).toBe('/AssessmentTemplate/t1/show');
  });
});

describe('TemplateCreate / TemplateEdit', () => {
  it('adds a questionnaire to the framework it was opened for, then opens it', async () => {
    const { container, dataProvider, location } = renderAdmin('/AssessmentTemplate/create?frameworkId=f2');
    expect(await screen.findByRole('link', { name: 'Engineering Orchestration v2' })).toBeTruthy();
    expect(input(container, 'estimatedMinutes').value).toBe('20');
    type(container, 'name', 'Short check-in');
    type(container, 'description', 'Ten questions, one per capability that matters most.');
    type(container, 'estimatedMinutes', '10');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('AssessmentTemplate', {
      data: { frameworkId: 'f2', name: 'Short check-in', description: 'Ten questions, one per capability that matters most.', estimatedMinutes: 10 },
    });
    await waitFor(() => expect(location()?.pathname).toBe('/AssessmentTemplate/new/show'));
  });

  it('saves name, introduction and length (the framework stays), then shows the questionnaire', async () => {
    const { container, dataProvider, location } = renderAdmin('/AssessmentTemplate/t1');
    await waitFor(() => expect(input(container, 'name').value).toBe(TEMPLATE.name));
    expect(screen.getByLabelText(/What respondents read first/)).toBe(input(container, 'description'));
    type(container, 'estimatedMinutes', '45');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'AssessmentTemplate',
      expect.objectContaining({ id: 't1', data: { name: TEMPLATE.name, description: TEMPLATE.description, estimatedMinutes: 45 } }),
    );
    await waitFor(() => expect(location()?.pathname).toBe('/AssessmentTemplate/t1/show'));
  });

  it('refuses a length over four hours', async () => {
    const { container, dataProvider } = renderAdmin('/AssessmentTemplate/t1');
    await waitFor(() => expect(input(container, 'name').value).toBe(TEMPLATE.name));
    type(container, 'estimatedMinutes', '300');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    // The browser's own check (max="240") stops the submit before react-admin's maxValue would.
    expect((input(container, 'estimatedMinutes') as HTMLInputElement).validity.rangeOverflow).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(dataProvider.update).not.toHaveBeenCalled();
  });
});
