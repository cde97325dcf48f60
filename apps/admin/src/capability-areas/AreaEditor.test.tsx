import { Role } from '@orchestra/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREA, renderAdmin } from '../test/editorTestKit';

afterEach(() => vi.restoreAllMocks());

const input = (container: HTMLElement, name: string) => container.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
const type = (container: HTMLElement, name: string, value: string) => fireEvent.change(input(container, name), { target: { value } });

describe('AreaCreate', () => {
  it('adds an area to the framework it was opened for, then shows the framework', async () => {
    const { container, dataProvider, location } = renderAdmin('/CapabilityArea/create?frameworkId=f2');
    expect(await screen.findByRole('link', { name: 'Engineering Orchestration v2' })).toBeTruthy();
    type(container, 'key', 'delivery');
    type(container, 'name', 'Delivery and operations');
    type(container, 'description', 'How change reaches production.');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
    expect(dataProvider.create).toHaveBeenCalledWith('CapabilityArea', {
      data: { frameworkId: 'f2', key: 'delivery', name: 'Delivery and operations', description: 'How change reaches production.' },
    });
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/f2/show'));
  });

  it('refuses a key that is not lower-case words joined by - or .', async () => {
    const { container, dataProvider } = renderAdmin('/CapabilityArea/create?frameworkId=f2');
    await waitFor(() => expect(input(container, 'key')).toBeTruthy());
    type(container, 'key', 'Delivery_Ops');
    type(container, 'name', 'Delivery and operations');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByText(/Use lower-case letters and digits/)).toBeTruthy();
    expect(dataProvider.create).not.toHaveBeenCalled();
  });

  it('says where to start when opened without a framework', async () => {
    renderAdmin('/CapabilityArea/create');
    expect(await screen.findByText(/An area is added from its framework/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
  });
});

describe('AreaEdit', () => {
  it('saves name, description and position (the key stays), then shows the framework', async () => {
    const { container, dataProvider, location } = renderAdmin('/CapabilityArea/a1');
    await waitFor(() => expect(input(container, 'name').value).toBe(AREA.name));
    expect(container.querySelector('[name="key"]')).toBeNull();
    expect(screen.getByText('direction')).toBeTruthy();
    type(container, 'name', 'Direction');
    type(container, 'position', '3');
    fireEvent.click(screen.getByRole('button', { name: /save/i }));

    await waitFor(() => expect(dataProvider.update).toHaveBeenCalled());
    expect(dataProvider.update).toHaveBeenCalledWith(
      'CapabilityArea',
      expect.objectContaining({ id: 'a1', data: { name: 'Direction', description: AREA.description, position: 3 } }),
    );
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/f2/show'));
  });

  it('deletes after a confirmation that says the capabilities go too, then shows the framework', async () => {
    const { dataProvider, location } = renderAdmin('/CapabilityArea/a1');
    dataProvider.delete.mockImplementation((_resource, { id }) => Promise.resolve({ data: { ...AREA, id } }));
    fireEvent.click(await screen.findByRole('button', { name: /delete/i }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Delete the area Direction and alignment?')).toBeTruthy();
    expect(within(dialog).getByText(/capabilities, and the questions measuring them, are deleted/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /confirm/i }));
    await waitFor(() => expect(dataProvider.delete).toHaveBeenCalledWith('CapabilityArea', expect.objectContaining({ id: 'a1' })));
    await waitFor(() => expect(location()?.pathname).toBe('/CapabilityFramework/f2/show'));
  });

  it('is not offered to a consultant', async () => {
    const { dataProvider } = renderAdmin('/CapabilityArea/a1', { role: Role.CONSULTANT });
    await waitFor(() => expect(screen.queryByRole('button', { name: /save/i })).toBeNull());
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(dataProvider.update).not.toHaveBeenCalled();
  });
});
