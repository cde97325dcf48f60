import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { clientExporter } from './clientExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('clientExporter', () => {
  it('writes the size in words and the creation day in the house format', async () => {
    const { name, lines } = await runExport(clientExporter, [
      { id: 'c1', name: 'Northwind Logistics', industry: 'Logistics', sizeBand: 'S_201_1000', region: 'EMEA', timeZone: 'Europe/Berlin', coreHoursStart: '09:00', coreHoursEnd: '17:00', engagementCount: 3, notes: 'internal', createdAt: '2030-11-20T12:00:00.000Z' },
    ]);
    expect(name).toBe('clients.csv');
    expect(lines[0]).toBe('Name,Industry,Size,Region,Time zone,Core hours from,Core hours to,Engagements,Created');
    expect(lines[1]).toBe('Northwind Logistics,Logistics,"201–1,000 people",EMEA,Europe/Berlin,09:00,17:00,3,20 November 2030');
  });
});
