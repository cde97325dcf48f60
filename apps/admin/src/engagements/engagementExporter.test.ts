import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { engagementExporter } from './engagementExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const RECORDS = [
  { id: 'e1', title: 'Route planning, phase 2', clientId: 'c1', ownerId: 'u1', stage: 'PROPOSING', urgency: 'HIGH', horizon: 'TEMPORARY', budgetBand: null, startDate: '2031-04-01', endDate: null, businessNeed: 'Ship "faster"', createdAt: '2031-03-01T12:30:00.000Z' },
];
const CLIENTS = [{ id: 'c1', name: 'Northwind Logistics' }];
const HEADER = 'Title,Client,Stage,Urgency,Horizon,Budget band,Owner,Start date,End date,Business need,Created';

describe('engagementExporter', () => {
  it('writes readable headers, labels, names for ids and house dates', async () => {
    const { name, lines } = await runExport(engagementExporter, RECORDS, { Client: CLIENTS, UserSummary: [{ id: 'u1', name: 'Connie Consultant' }] });
    expect(name).toBe('engagements.csv');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe('"Route planning, phase 2",Northwind Logistics,Proposing,High urgency,Temporary need,,Connie Consultant,1 April 2031,,"Ship ""faster""",1 March 2031');
  });

  it('leaves the owner empty for those who may not read the user directory', async () => {
    const { lines } = await runExport(engagementExporter, RECORDS, { Client: CLIENTS, UserSummary: new Error('FORBIDDEN') });
    expect(lines[1]).toBe('"Route planning, phase 2",Northwind Logistics,Proposing,High urgency,Temporary need,,,1 April 2031,,"Ship ""faster""",1 March 2031');
  });
});
