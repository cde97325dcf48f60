import '../test/utcTimeZone';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { auditExporter, changesList, changeText, recordPath } from './auditFormat';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const STAGE = { field: 'stage', old: '"LEAD"', new: '"QUALIFIED"', redacted: false };
const entry = (over: Record<string, unknown>) => ({
  id: 'a1',
  actorId: 'u1',
  action: 'engagement.move_stage',
  targetType: 'Engagement',
  targetId: 'e1',
  changedFields: ['stage'],
  changes: [STAGE],
  requestId: 'b0c1d2e3-0000-4000-8000-000000000001',
  createdAt: '2030-11-20T14:05:00.000Z',
  ...over,
});

describe('the audit trail in words', () => {
  it('exports when, who (or System), the action and the record in words, the changes and the request', async () => {
    const accepted = {
      id: 'a2',
      actorId: null,
      action: 'staffing_plan.accept',
      targetType: 'StaffingPlan',
      targetId: 'p1',
      changedFields: ['acceptedAt', 'status'],
      changes: [
        { field: 'acceptedAt', old: null, new: '"2030-11-20T14:05:00.000Z"', redacted: false },
        { field: 'status', old: '"READY"', new: '"ACCEPTED"', redacted: false },
      ],
      requestId: 'job:maintenance:7',
    };
    const { name, lines } = await runExport(auditExporter, [entry({}), entry(accepted)], { UserSummary: [{ id: 'u1', name: 'Connie Consultant' }] });
    expect(name).toBe('audit-trail.csv');
    expect(lines.filter(Boolean)).toEqual([
      'When,Who,Action,Record,Record id,Changes,Request',
      '20 November 2030 at 14:05,Connie Consultant,Engagement: move stage,Engagement,e1,Stage: Lead → Qualified,b0c1d2e3-0000-4000-8000-000000000001',
      '20 November 2030 at 14:05,System,Staffing plan: accept,Staffing plan,p1,Accepted at: 20 November 2030 at 14:05; Status: Ready → Accepted,job:maintenance:7',
    ]);
  });

  it('says each change in words: labels for codes, house dates, quoted text, hidden secrets', () => {
    expect(changeText('Match', { field: 'stage', old: '"SHORTLISTED"', new: '"SUBMITTED"', redacted: false })).toBe('Stage: Shortlisted → Submitted');
    expect(changeText('Client', { field: 'name', old: '"Acme"', new: '"Acme GmbH"', redacted: false })).toBe('Name: “Acme” → “Acme GmbH”');
    expect(changeText('Client', { field: 'name', old: null, new: '"Acme"', redacted: false })).toBe('Name: “Acme”');
    expect(changeText('Engagement', { field: 'endDate', old: '"2031-01-31"', new: null, redacted: false })).toBe('End date: 31 January 2031 → empty');
    expect(changeText('Candidate', { field: 'tags', old: '["go"]', new: '["go","rust"]', redacted: false })).toBe('Tags: “go” → “go”, “rust”');
    expect(changeText('User', { field: 'active', old: 'true', new: 'false', redacted: false })).toBe('Active: yes → no');
    expect(changeText('User', { field: 'passwordHash', old: null, new: null, redacted: true })).toBe('Password hash: changed (hidden)');
    // A field named without values (a set of skills replaced) still shows.
    expect(changesList(entry({ changes: [STAGE], changedFields: ['skills', 'stage'] }))).toEqual(['Stage: Lead → Qualified', 'Skills: changed']);
  });

  it('links a record the admin has a page for, and lists nothing when no field is named', () => {
    expect(recordPath(entry({}))).toBe('/Engagement/e1/show');
    expect(recordPath(entry({ targetType: 'Job', targetId: 'j1' }))).toBeNull();
    expect(recordPath(entry({ targetId: null }))).toBeNull();
    expect(changesList(entry({ changes: [], changedFields: [] }))).toEqual([]);
  });
});
