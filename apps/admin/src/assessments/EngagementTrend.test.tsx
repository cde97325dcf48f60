import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, stubGraphQL } from '../test/stubGraphQL';
import { EngagementTrend } from './EngagementTrend';

vi.mock('../providers/authProvider', () => ({ getFreshAccessToken: async () => 'token', refreshAccessToken: async () => undefined }));

describe('EngagementTrend', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lines up each capability across the scored assessments, oldest first, with the direction it moved', async () => {
    const point = (assessmentId: string, title: string, scoredAt: string, current: number | null) => ({ assessmentId, title, scoredAt, current, target: 4 });
    const stub = stubGraphQL({
      EngagementTrend: () =>
        ok({
          engagementTrend: [
            { capabilityKey: 'release-practice', capabilityName: 'Release practice', areaName: 'Delivery', points: [point('a2', 'Re-assessment', '2026-11-20', 1.93), point('a1', 'Baseline', '2026-10-01', 1.71)] },
            { capabilityKey: 'testing', capabilityName: 'Automated testing', areaName: 'Quality', points: [point('a1', 'Baseline', '2026-10-01', null), point('a2', 'Re-assessment', '2026-11-20', null)] },
          ],
        }),
    });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <EngagementTrend engagementId="e1" />
      </QueryClientProvider>,
    );
    const table = await screen.findByRole('table', { name: 'Capability trend' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Capability', 'Baseline', 'Re-assessment']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1); // nobody answered testing in either: left out
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Release practiceDelivery', '1.71 (4)', '1.93 ↑ (4)']);
    expect(stub.of('EngagementTrend')[0]!.variables).toEqual({ e: 'e1' });
  });
});
