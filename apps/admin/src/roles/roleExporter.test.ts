import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { roleExporter } from './roleExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('roleExporter', () => {
  it('writes labels, the budget in units of its currency, and client and engagement by name', async () => {
    const { name, lines } = await runExport(
      roleExporter,
      [
        { id: 'r1', title: 'Platform engineer', clientId: 'c1', engagementId: 'e1', optionType: 'AUGMENTATION', seniority: 'SENIOR', status: 'OPEN', permanent: false, allocation: 80, budgetMinMinor: 60000, budgetMaxMinor: 75050, currency: 'EUR', startDate: '2031-04-01', durationWeeks: 12, createdAt: '2031-03-01T12:00:00.000Z' },
        { id: 'r2', title: 'QA lead', clientId: 'c1', engagementId: 'e1', optionType: 'HIRE', seniority: 'LEAD', status: 'DRAFT', permanent: true, allocation: 100, budgetMinMinor: null, budgetMaxMinor: 9000000, currency: 'JPY', startDate: null, durationWeeks: null, createdAt: '2031-03-02T12:00:00.000Z' },
      ],
      { Client: [{ id: 'c1', name: 'Northwind Logistics' }], Engagement: [{ id: 'e1', title: 'Route planning' }] },
    );
    expect(name).toBe('roles.csv');
    expect(lines[0]).toBe('Title,Client,Engagement,Option type,Seniority,Status,Permanent,Allocation (%),Budget from,Budget up to,Currency,Start date,Duration (weeks),Created');
    expect(lines[1]).toBe('Platform engineer,Northwind Logistics,Route planning,Augmentation,Senior,Open,No,80,600.00,750.50,EUR,1 April 2031,12,1 March 2031');
    expect(lines[2]).toBe('QA lead,Northwind Logistics,Route planning,Hire,Lead,Draft,Yes,100,,9000000,JPY,,,2 March 2031');
  });
});
