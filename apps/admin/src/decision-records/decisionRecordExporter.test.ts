import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { decisionRecordExporter } from './decisionRecordExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('decisionRecordExporter', () => {
  it('writes the engagement by title, the door in words and who decided by name', async () => {
    const { name, lines } = await runExport(
      decisionRecordExporter,
      [{ id: 'd1', title: 'Hire, not build', engagementId: 'e1', reversibility: 'ONE_WAY', decidedAt: '2031-02-10T12:00:00.000Z', decidedById: 'u1', revisitDate: '2031-05-01', decision: 'Hire two engineers.', context: 'internal', noteToClient: null }],
      { Engagement: [{ id: 'e1', title: 'Route planning' }], UserSummary: [{ id: 'u1', name: 'Connie Consultant' }] },
    );
    expect(name).toBe('decisions.csv');
    expect(lines[0]).toBe('Title,Engagement,Reversibility,Decided,Decided by,Revisit on,Decision,Note to client');
    expect(lines[1]).toBe('"Hire, not build",Route planning,One-way door,10 February 2031,Connie Consultant,1 May 2031,Hire two engineers.,');
  });
});
