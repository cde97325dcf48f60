import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTalentAdmin } from '../test/talentTestKit';
import { permissionAnswered } from '../test/stubs';

describe('Plan staffing (the Roles list’s bulk action)', () => {
  it('opens New staffing plan with the selected roles filled in', async () => {
    const { location } = renderTalentAdmin('/Role');
    await screen.findByText('Platform engineer');
    // The header's "Select all", then the row's (whose label sits on MUI's wrapper, not the input).
    await waitFor(() => expect(screen.getAllByRole('checkbox')).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('checkbox')[1]!);
    fireEvent.click(await screen.findByRole('link', { name: 'Plan staffing' }));
    await waitFor(() => expect(location()?.pathname).toBe('/StaffingPlan/create'));
    expect(JSON.parse(new URLSearchParams(location()!.search).get('source')!)).toEqual({ roleIds: ['r1'] });
  });

  it('is not offered to a CONSULTANT, who may not plan staffing', async () => {
    renderTalentAdmin('/Role', { role: Role.CONSULTANT });
    await screen.findByText('Platform engineer');
    await permissionAnswered('StaffingPlan', 'create');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });
});
