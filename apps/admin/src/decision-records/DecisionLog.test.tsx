import { Role } from '@orchestra/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, Notification, RecordContextProvider, ResourceContextProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { stubAuthProvider, stubDataProvider } from '../test/stubs';
import { DecisionLog } from './DecisionLog';

const ENGAGEMENT = { id: 'e1', title: 'Release rescue' };
const DECISION = {
  id: 'd1',
  engagementId: 'e1',
  title: 'Freeze Friday releases',
  context: 'Three incidents in a month, all on Fridays.',
  decision: 'No production releases on Fridays.',
  alternatives: null,
  reversibility: 'TWO_WAY',
  decidedAt: '2026-03-02T10:00:00.000Z',
  revisitDate: null,
};

function renderLog(role: Role = Role.CONSULTANT) {
  const dataProvider = stubDataProvider({ DecisionRecord: [DECISION] });
  dataProvider.getManyReference.mockImplementation((resource) =>
    Promise.resolve(resource === 'DecisionRecord' ? { data: [DECISION], total: 1 } : { data: [], total: 0 }),
  );
  dataProvider.update.mockImplementation((_resource, { id, data }) => Promise.resolve({ data: { ...DECISION, ...data, id } }));
  dataProvider.create.mockImplementation((_resource, { data }) => Promise.resolve({ data: { ...DECISION, ...data, id: 'd2' } }));
  dataProvider.delete.mockImplementation(() => Promise.resolve({ data: DECISION }));
  render(
    <AdminContext dataProvider={dataProvider} authProvider={stubAuthProvider(role)}>
      <ResourceContextProvider value="Engagement">
        <RecordContextProvider value={ENGAGEMENT}>
          <DecisionLog />
        </RecordContextProvider>
      </ResourceContextProvider>
      <Notification />
    </AdminContext>,
  );
  return dataProvider;
}

const type = (container: HTMLElement, name: string, value: string) =>
  fireEvent.change(container.querySelector(`[name="${name}"]`)!, { target: { value } });

describe('DecisionLog', () => {
  it('opens a clicked row in the dialog, pre-filled, and saves the changes with update', async () => {
    const dataProvider = renderLog();
    fireEvent.click(await screen.findByText('Freeze Friday releases'));

    const dialog = await screen.findByRole('dialog', { name: 'Edit decision' });
    await waitFor(() => expect(dialog.querySelector<HTMLInputElement>('[name="title"]')?.value).toBe('Freeze Friday releases'));
    expect(dialog.querySelector<HTMLTextAreaElement>('[name="context"]')?.value).toBe(DECISION.context);
    type(dialog, 'title', 'Freeze Friday and Saturday releases');
    fireEvent.click(within(dialog).getByRole('button', { name: /save/i }));

    expect(await screen.findByText('Decision updated.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'DecisionRecord',
      expect.objectContaining({
        id: 'd1',
        data: {
          title: 'Freeze Friday and Saturday releases',
          context: DECISION.context,
          decision: DECISION.decision,
          alternatives: null,
          noteToClient: null,
          reversibility: 'TWO_WAY',
          revisitDate: null,
        },
      }),
    );
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('opens the row from its edit button and deletes the decision after confirmation', async () => {
    const dataProvider = renderLog();
    const row = (await screen.findByText('Freeze Friday releases')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: 'Edit decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit decision' });

    fireEvent.click(await within(dialog).findByRole('button', { name: /delete/i }));
    fireEvent.click(await screen.findByRole('button', { name: /confirm/i }));

    expect(await screen.findByText('Decision deleted.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(dataProvider.delete).toHaveBeenCalledWith('DecisionRecord', expect.objectContaining({ id: 'd1' }));
  });

  it('logs a new decision on the engagement in the same dialog', async () => {
    const dataProvider = renderLog();
    fireEvent.click(await screen.findByRole('button', { name: 'Log a decision' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a decision' });
    expect(within(dialog).queryByRole('button', { name: /delete/i })).toBeNull();

    type(dialog, 'title', 'Pair on the pipeline');
    type(dialog, 'context', 'Nobody owns the pipeline.');
    type(dialog, 'decision', 'Two engineers pair on it for a sprint.');
    fireEvent.click(within(dialog).getByRole('button', { name: /save/i }));

    expect(await screen.findByText('Decision logged.')).toBeTruthy();
    expect(dataProvider.create).toHaveBeenCalledWith(
      'DecisionRecord',
      expect.objectContaining({
        data: expect.objectContaining({ engagementId: 'e1', title: 'Pair on the pipeline', reversibility: 'TWO_WAY', revisitDate: null }),
      }),
    );
    expect(dataProvider.update).not.toHaveBeenCalled();
  });
});
