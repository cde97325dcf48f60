import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtures, input, pick, renderTalentAdmin, ROLE, type } from '../test/talentTestKit';

afterEach(() => vi.restoreAllMocks());

describe('Role forms', () => {
  it('creates a role with required skills and the budget converted to minor units', async () => {
    const records = fixtures();
    const { container, dataProvider } = renderTalentAdmin('/Role/create', { records });
    dataProvider.create.mockImplementation((_r, { data }) => Promise.resolve({ data: { ...ROLE, ...data, id: 'r9' } }));

    await pick(/^Engagement/, 'Route-planning platform');
    await waitFor(() => expect(input(container, 'title')).toBeTruthy());
    type(container, 'title', 'Data engineer');
    await pick(/^Seniority/, 'Lead');
    fireEvent.click(screen.getByRole('button', { name: /add/i }));
    await pick(/^Skill/, 'Kubernetes', 'Kube');
    fireEvent.click(within(container.querySelector('.ra-input-requiredSkills')!).getByRole('switch', { name: /Must-have/ }));
    type(container, 'startDate', '2031-05-01');
    type(container, 'durationWeeks', '26');
    type(container, 'budgetMinMinor', '600');
    type(container, 'budgetMaxMinor', '750.5');
    type(container, 'minOverlapHours', '3');
    fireEvent.click(screen.getByRole('button', { name: /^save$/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('Role', expect.objectContaining({
      data: {
        engagementId: 'e1',
        title: 'Data engineer',
        optionType: 'AUGMENTATION',
        requiredSkills: [{ skillId: 's1', minLevel: 3, mustHave: true, weight: 1 }],
        seniority: 'LEAD',
        startDate: '2031-05-01',
        permanent: false,
        durationWeeks: 26,
        allocation: 100,
        budgetMinMinor: 60000,
        budgetMaxMinor: 75050,
        currency: 'EUR',
        minOverlapHours: 3,
      },
    }));
  });

  it('edits a role: skills without their names, status sent, money shown in major units', async () => {
    const { container, dataProvider } = renderTalentAdmin('/Role/r1');
    dataProvider.update.mockImplementation((_r, { data }) => Promise.resolve({ data: { ...ROLE, ...data, id: 'r1' } }));
    await waitFor(() => expect(input(container, 'budgetMaxMinor')?.value).toBe('750'));
    await pick(/^Status/, 'Cancelled');
    fireEvent.click(screen.getByRole('button', { name: /^save$/i }));
    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    const { data } = dataProvider.update.mock.calls[0]![1];
    expect(data).toMatchObject({
      status: 'CANCELLED',
      requiredSkills: [
        { skillId: 's1', minLevel: 3, mustHave: true, weight: 3 },
        { skillId: 's2', minLevel: 3, mustHave: false, weight: 1 },
      ],
      budgetMinMinor: 60000,
      budgetMaxMinor: 75000,
    });
    expect(data).not.toHaveProperty('engagementId');
  });
});
