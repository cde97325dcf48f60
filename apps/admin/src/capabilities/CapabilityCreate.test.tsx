import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAdmin } from '../test/editorTestKit';

const LEVELS = [
  'Releases are rare events, planned for weeks.',
  'Some teams release weekly, by hand.',
  'Every team can release on demand, with a checklist.',
  'Releases are automated and several happen a day.',
  'Release risk is measured and keeps falling.',
];

afterEach(() => vi.restoreAllMocks());

const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const type = (container: HTMLElement, name: string, value: string) => fireEvent.change(input(container, name), { target: { value } });

describe('CapabilityCreate', () => {
  it('adds a capability to the area it was opened for, with its nature and five levels side by side', async () => {
    const { container, dataProvider, location } = renderAdmin('/Capability/create?areaId=a1');
    expect(await screen.findByText('Direction and alignment')).toBeTruthy();
    const group = screen.getByRole('group', { name: 'Levels' });
    expect(within(group).getAllByRole('textbox')).toHaveLength(5);

    type(container, 'key', 'release-practice');
    type(container, 'name', 'Release practice');
    fireEvent.mouseDown(screen.getByRole('combobox', { name: /Nature/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Practice' }));
    LEVELS.forEach((text, i) => type(container, `levels.${i}`, text));
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('Capability', {
      data: {
        areaId: 'a1',
        key: 'release-practice',
        nature: 'PRACTICE',
        name: 'Release practice',
        description: '',
        weight: 1,
        levels: LEVELS,
        skills: [],
        defaultTarget: 3,
      },
    });
    await waitFor(() => expect(location()?.pathname).toBe('/Capability/new/show'));
  });

  it('requires the nature and all five levels', async () => {
    const { container, dataProvider } = renderAdmin('/Capability/create?areaId=a1');
    await waitFor(() => expect(input(container, 'key')).toBeTruthy());
    type(container, 'key', 'release-practice');
    type(container, 'name', 'Release practice');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect((await screen.findAllByText(/required/i)).length).toBeGreaterThanOrEqual(6);
    expect(dataProvider.create).not.toHaveBeenCalled();
  });
});
