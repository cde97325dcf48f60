import '../test/utcTimeZone';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { auditExporter, fieldsText, recordPath } from './auditFormat';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const entry = (over: Record<string, unknown>) => ({ id: 'a1', actorId: 'u1', action: 'engagement.move_stage', targetType: 'Engagement', targetId: 'e1', changedFields: ['stage'], createdAt: '2030-11-20T14:05:00.000Z', ...over });

describe('the audit trail in words', () => {
  it('exports when, who (or System), the action and the record in words, and the fields', async () => {
    const { name, lines } = await runExport(
      auditExporter,
      [entry({}), entry({ id: 'a2', actorId: null, action: 'staffing_plan.accept', targetType: 'StaffingPlan', targetId: 'p1', changedFields: ['acceptedAt', 'status'] })],
      { UserSummary: [{ id: 'u1', name: 'Connie Consultant' }] },
    );
    expect(name).toBe('audit-trail.csv');
    expect(lines.filter(Boolean)).toEqual([
      'When,Who,Action,Record,Record id,Fields changed',
      '20 November 2030 at 14:05,Connie Consultant,Engagement: move stage,Engagement,e1,stage',
      '20 November 2030 at 14:05,System,Staffing plan: accept,Staffing plan,p1,acceptedAt; status',
    ]);
  });

  it('links a record the admin has a page for, and says when no field is named', () => {
    expect(recordPath(entry({}))).toBe('/Engagement/e1/show');
    expect(recordPath(entry({ targetType: 'Job', targetId: 'j1' }))).toBeNull();
    expect(recordPath(entry({ targetId: null }))).toBeNull();
    expect(fieldsText(entry({ changedFields: [] }))).toBe('—');
  });
});
