import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { assessmentExporter } from './assessmentExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('assessmentExporter', () => {
  it('writes the status in words, the responses as counts and the engagement by title', async () => {
    const { name, lines } = await runExport(
      assessmentExporter,
      [{ id: 'a1', title: 'Platform health check', engagementId: 'e1', status: 'OPEN', progress: { submitted: 3, invited: 8, started: 5 }, dueDate: '2031-03-15', publishedAt: null, createdAt: '2031-03-01T12:00:00.000Z' }],
      { Engagement: [{ id: 'e1', title: 'Route planning' }] },
    );
    expect(name).toBe('assessments.csv');
    expect(lines[0]).toBe('Title,Engagement,Status,Responses submitted,People invited,Due,Published,Created');
    expect(lines[1]).toBe('Platform health check,Route planning,Open,3,8,15 March 2031,,1 March 2031');
  });
});
