import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { contactExporter } from './contactExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('contactExporter', () => {
  it('writes the client by name, not by id', async () => {
    const { name, lines } = await runExport(contactExporter, [{ id: 'p1', name: 'Carla Client', email: 'carla@northwind.example', title: null, clientId: 'c1', userId: null }], {
      Client: [{ id: 'c1', name: 'Northwind Logistics' }],
    });
    expect(name).toBe('contacts.csv');
    expect(lines[0]).toBe('Name,E-mail,Job title,Client');
    expect(lines[1]).toBe('Carla Client,carla@northwind.example,,Northwind Logistics');
  });
});
