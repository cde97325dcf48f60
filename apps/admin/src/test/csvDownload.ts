import type { Exporter, FetchRelatedRecords, RaRecord } from 'react-admin';
import { vi } from 'vitest';

/** What an export saved: the file name and its text (jsdom's Blob read with its FileReader). */
export function captureDownload() {
  const blobs: Blob[] = [];
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:csv'), revokeObjectURL: () => undefined }));
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const text = () =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
  return { names, text };
}

/** A fetchRelatedRecords answering from fixed records per resource (a resource given as an Error refuses). */
export function stubRelated(byResource: Record<string, RaRecord[] | Error>) {
  return vi.fn(async (_data: unknown[], _field: string, resource: string) => {
    const records = byResource[resource] ?? [];
    if (records instanceof Error) throw records;
    return Object.fromEntries(records.map((r) => [r.id, r]));
  });
}

/** Runs an exporter on `records` and returns the file name and the CSV's lines. */
export async function runExport(exporter: Exporter, records: RaRecord[], related: Record<string, RaRecord[] | Error> = {}) {
  const saved = captureDownload();
  await exporter(records, stubRelated(related) as unknown as FetchRelatedRecords, {} as never, 'Test');
  return { name: saved.names[0], lines: (await saved.text()).split('\n') };
}
