import { afterEach, describe, expect, it, vi } from 'vitest';
import { runExport } from '../test/csvDownload';
import { frameworkExporter } from './frameworkExporter';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('frameworkExporter', () => {
  it('writes the status in words and the publication day in the house format', async () => {
    const { name, lines } = await runExport(frameworkExporter, [
      { id: 'f1', name: 'Delivery capability', version: 2, status: 'PUBLISHED', publishedAt: '2030-12-01T12:00:00.000Z', description: 'How a team ships' },
    ]);
    expect(name).toBe('frameworks.csv');
    expect(lines[0]).toBe('Name,Version,Status,Published,Description');
    expect(lines[1]).toBe('Delivery capability,2,Published,1 December 2030,How a team ships');
  });
});
