import { MatchStage, matchMoveProblem, Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtures, renderTalentAdmin } from '../test/talentTestKit';
import { ok, stubGraphQL } from '../test/stubGraphQL';

const match = (id: string, candidateId: string, stage: string, score: number) => ({
  id,
  roleId: 'r1',
  role: { id: 'r1' },
  candidateId,
  candidate: { id: candidateId },
  score,
  rank: null,
  stage,
  stageChangedAt: '2031-03-02T09:00:00.000Z',
  factors: [],
  failedConstraints: [],
  stageChanges: [],
});

function renderPipeline(role: Role = Role.RECRUITER, roleStatus = 'OPEN') {
  const records = fixtures();
  records['Role'] = records['Role']!.map((r) => ({ ...r, status: roleStatus }));
  records['Match'] = [match('m1', 'cand1', 'SHORTLISTED', 82.4), match('m2', 'cand2', 'OFFERED', 74.9), match('m3', 'cand3', 'SUGGESTED', 60)];
  records['Contact'] = [
    { id: 'ct1', clientId: 'cl1', name: 'Carla Client', email: 'carla@acme.example', title: 'CTO' },
    { id: 'ct2', clientId: 'cl1', name: 'Dan Director', email: 'dan@acme.example', title: null },
  ];
  return renderTalentAdmin('/Role/r1/show/pipeline', { records, role });
}

const moved = (id: string, stage: string) => ok({ moveMatchStage: { id, stage, stageChangedAt: '2031-03-03T09:00:00.000Z' } });

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('RolePipeline', () => {
  it('puts each stored match in its stage column with the moves allowed from there', async () => {
    const { dataProvider } = renderPipeline();
    const shortlisted = await screen.findByRole('region', { name: 'Shortlisted column' });
    const ada = await within(shortlisted).findByLabelText('Ada Lovelace');
    expect(within(ada).getByText(/Score 82\.4/)).toBeTruthy();
    expect(within(ada).getAllByRole('button').map((b) => b.textContent).filter(Boolean)).toEqual(['Submit', 'Reject…', 'Withdraw…']);
    expect(dataProvider.getList).toHaveBeenCalledWith('Match', expect.objectContaining({ filter: { roleId: 'r1' }, sort: { field: 'score', order: 'DESC' } }));

    const offered = screen.getByRole('region', { name: 'Offered column' });
    const grace = await within(offered).findByLabelText('Grace Hopper');
    expect(within(grace).getAllByRole('button').map((b) => b.textContent).filter(Boolean)).toEqual(['Place…', 'Reject…', 'Withdraw…']);
    const suggested = screen.getByRole('region', { name: 'Suggested column' });
    expect(within(await within(suggested).findByLabelText('Alan Turing')).getAllByRole('button').map((b) => b.textContent).filter(Boolean)).toEqual(['Shortlist', 'Reject…', 'Withdraw…']);
    expect(within(screen.getByRole('region', { name: 'Placed column' })).getByText('None')).toBeTruthy();
  });

  it('moves a card forward with moveMatchStage at once', async () => {
    const api = stubGraphQL({ MoveMatchStage: () => moved('m2', 'SHORTLISTED') });
    const { dataProvider } = renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Shortlist Alan Turing' }));

    await waitFor(() => expect(api.of('MoveMatchStage')).toHaveLength(1));
    expect(api.of('MoveMatchStage')[0]!.variables).toEqual({ id: 'm3', stage: 'SHORTLISTED', idempotencyKey: expect.any(String) });
    expect(await screen.findByText('Alan Turing: shortlisted.')).toBeTruthy();
    // The board is fetched again.
    await waitFor(() => expect(dataProvider.getList.mock.calls.filter(([r]) => r === 'Match').length).toBeGreaterThanOrEqual(2));
  });

  it('submits to the client with the contacts and the note, both required', async () => {
    const api = stubGraphQL({
      SubmitToClient: (v) => ok({ submitToClient: { id: 'm1', stage: 'SUBMITTED', stageChangedAt: '2031-03-03T09:00:00.000Z', submittedContactIds: v['contactIds'], submissionNote: v['note'] } }),
    });
    const { dataProvider } = renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Submit Ada Lovelace' }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit Ada Lovelace to the client' }, { timeout: 10_000 });
    expect(dataProvider.getList).toHaveBeenCalledWith('Contact', expect.objectContaining({ filter: { clientId: 'cl1' } }));
    const carla = await within(dialog).findByRole('checkbox', { name: 'Carla Client (CTO)' }, { timeout: 10_000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit to client' }));
    expect(await within(dialog).findByText('Pick at least one contact.')).toBeTruthy();
    expect(within(dialog).getByText('Write what the client should know about the candidate.')).toBeTruthy();
    expect(api.of('SubmitToClient')).toHaveLength(0);

    fireEvent.click(carla);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Note to the client/ }), { target: { value: '  Ran Acme’s cluster for three years.  ' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: "Summary for the client's shortlist" }), { target: { value: ' Platform lead, three years on one cluster. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit to client' }));
    await waitFor(() => expect(api.of('SubmitToClient')).toHaveLength(1));
    expect(api.of('SubmitToClient')[0]!.variables).toEqual({
      id: 'm1',
      contactIds: ['ct1'],
      note: 'Ran Acme’s cluster for three years.',
      summary: 'Platform lead, three years on one cluster.',
      idempotencyKey: expect.any(String),
    });
    expect(await screen.findByText('Ada Lovelace: submitted.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('offers to close the other open matches when placing, with a required reason', async () => {
    const api = stubGraphQL({ MoveMatchStage: () => moved('m2', 'PLACED') });
    renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Place Grace Hopper' }));
    const dialog = await screen.findByRole('dialog', { name: 'Place Grace Hopper' });
    // Ada (shortlisted) and Alan (suggested) are still open.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Also close the 2 other open matches/ }));
    const place = within(dialog).getByRole('button', { name: 'Place' }) as HTMLButtonElement;
    expect(place.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for closing the others/ }), { target: { value: 'Role filled by Grace' } });
    fireEvent.click(place);
    await waitFor(() => expect(api.of('MoveMatchStage')).toHaveLength(1));
    expect(api.of('MoveMatchStage')[0]!.variables).toEqual({
      id: 'm2',
      stage: 'PLACED',
      placement: { startDate: '2031-04-01', endDate: '2031-06-23', rateMinor: 72000, currency: 'EUR' },
      closeOthersReason: 'Role filled by Grace',
      idempotencyKey: expect.any(String),
    });
  });

  it('offers a drag handle on each open card, and words for a move the pipeline does not allow', async () => {
    renderPipeline();
    expect(await screen.findByRole('button', { name: 'Drag Ada Lovelace to another stage' })).toBeTruthy();
    expect(matchMoveProblem(MatchStage.SHORTLISTED, MatchStage.OFFERED)).toBe('A match cannot go from Shortlisted to Offered: next is Submitted, Rejected or Withdrawn.');
    expect(matchMoveProblem(MatchStage.OFFERED, MatchStage.SHORTLISTED)).toBe('A match cannot go from Offered to Shortlisted: next is Placed, Rejected or Withdrawn.');
    expect(matchMoveProblem(MatchStage.PLACED, MatchStage.REJECTED)).toBe('Placed is final: this match cannot move any more.');
    expect(matchMoveProblem(MatchStage.SHORTLISTED, MatchStage.SUBMITTED)).toBeNull();
  });

  it('asks for the placement before PLACED, prefilled from the role and the candidate, and sends it', async () => {
    const api = stubGraphQL({ MoveMatchStage: () => moved('m2', 'PLACED') });
    renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Place Grace Hopper' }));

    const dialog = await screen.findByRole('dialog', { name: 'Place Grace Hopper' });
    expect(api.of('MoveMatchStage')).toHaveLength(0);
    // Role start, 12 weeks, Grace's day rate (72000 minor) in major units.
    expect((within(dialog).getByLabelText(/Start date/) as HTMLInputElement).value).toBe('2031-04-01');
    expect((within(dialog).getByLabelText(/End date/) as HTMLInputElement).value).toBe('2031-06-23');
    expect((within(dialog).getByLabelText(/Rate/) as HTMLInputElement).value).toBe('720');
    expect((within(dialog).getByLabelText(/Currency/) as HTMLInputElement).value).toBe('EUR');

    fireEvent.change(within(dialog).getByLabelText(/Rate/), { target: { value: '700.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Place' }));

    await waitFor(() => expect(api.of('MoveMatchStage')).toHaveLength(1));
    expect(api.of('MoveMatchStage')[0]!.variables).toEqual({
      id: 'm2',
      stage: 'PLACED',
      placement: { startDate: '2031-04-01', endDate: '2031-06-23', rateMinor: 70050, currency: 'EUR' },
      idempotencyKey: expect.any(String),
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('does not place without a rate, and keeps the dialog open when the API refuses', async () => {
    const api = stubGraphQL({
      MoveMatchStage: () => ({ errors: [{ message: 'Grace Hopper is not eligible any more: consent expired.', extensions: { code: 'CONFLICT' } }] }),
    });
    renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Place Grace Hopper' }));
    const dialog = await screen.findByRole('dialog', { name: 'Place Grace Hopper' });
    const place = within(dialog).getByRole('button', { name: 'Place' }) as HTMLButtonElement;
    fireEvent.change(within(dialog).getByLabelText(/Rate/), { target: { value: '' } });
    expect(place.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText(/Rate/), { target: { value: '720' } });
    fireEvent.click(place);
    expect(await screen.findByText('Grace Hopper is not eligible any more: consent expired.')).toBeTruthy();
    expect(api.of('MoveMatchStage')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'Place Grace Hopper' })).toBeTruthy();
  });

  it('rejects with the reason given', async () => {
    const api = stubGraphQL({ MoveMatchStage: () => moved('m1', 'REJECTED') });
    renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Reject Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Ada Lovelace' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Client wants on-site five days a week.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await waitFor(() => expect(api.of('MoveMatchStage')).toHaveLength(1));
    expect(api.of('MoveMatchStage')[0]!.variables).toEqual({ id: 'm1', stage: 'REJECTED', reason: 'Client wants on-site five days a week.', idempotencyKey: expect.any(String) });
  });

  it('asks why before rejecting: no reject without a reason', async () => {
    const api = stubGraphQL({ MoveMatchStage: () => moved('m1', 'REJECTED') });
    renderPipeline();
    fireEvent.click(await screen.findByRole('button', { name: 'Reject Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Ada Lovelace' });
    const reject = within(dialog).getByRole('button', { name: 'Reject' }) as HTMLButtonElement;
    expect(reject.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Reason' }), { target: { value: '   ' } });
    expect(reject.disabled).toBe(true);
    fireEvent.click(reject);
    expect(api.of('MoveMatchStage')).toHaveLength(0);
  });

  it('offers only reject and withdraw once the role is filled (its pipeline is closed)', async () => {
    renderPipeline(Role.RECRUITER, 'FILLED');
    const suggested = await screen.findByRole('region', { name: 'Suggested column' });
    const alan = await within(suggested).findByLabelText('Alan Turing');
    expect(within(alan).getAllByRole('button').map((b) => b.textContent).filter(Boolean)).toEqual(['Reject…', 'Withdraw…']);
    const offered = screen.getByRole('region', { name: 'Offered column' });
    expect(within(await within(offered).findByLabelText('Grace Hopper')).getAllByRole('button').map((b) => b.textContent).filter(Boolean)).toEqual(['Reject…', 'Withdraw…']);
  });

  it('shows a CONSULTANT the board without moves', async () => {
    renderPipeline(Role.CONSULTANT);
    const shortlisted = await screen.findByRole('region', { name: 'Shortlisted column' });
    expect(await within(shortlisted).findByLabelText('Ada Lovelace')).toBeTruthy();
    expect(within(shortlisted).queryByRole('button')).toBeNull();
  });
});
