/**
 * Sends dropped files to documents:importContent, in calls of at most
 * IMPORT_CONTENT_MAX_BYTES (the HTTP bridge takes 64 MB bodies, and base64 adds a third),
 * and merges the reports. A single file above that size cannot travel this way: it is
 * reported with what to do instead (Import files… reads it from disk, as does the CLI).
 */
import { IMPORT_CONTENT_MAX_BYTES, type ImportReport } from '../../../shared/contract/documents.ts';
import type { SightlineClient } from '../../api/client.ts';
import type { DroppedItem } from './drop-files.ts';

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function emptyReport(): ImportReport {
  return { imported: 0, duplicates: 0, nearDuplicates: [], failed: [], items: [], cancelled: false, bytes: 0, elapsedMs: 0 };
}

export function mergeReports(a: ImportReport, b: ImportReport): ImportReport {
  return {
    imported: a.imported + b.imported,
    duplicates: a.duplicates + b.duplicates,
    nearDuplicates: [...a.nearDuplicates, ...b.nearDuplicates],
    failed: [...a.failed, ...b.failed],
    items: [...a.items, ...b.items],
    cancelled: a.cancelled || b.cancelled,
    bytes: a.bytes + b.bytes,
    elapsedMs: a.elapsedMs + b.elapsedMs,
  };
}

export async function importDropped(client: SightlineClient, items: DroppedItem[], jobId: string): Promise<ImportReport> {
  let report = emptyReport();
  const megabytes = Math.round(IMPORT_CONTENT_MAX_BYTES / 1024 / 1024);
  const batches: DroppedItem[][] = [];
  let batch: DroppedItem[] = [];
  let size = 0;
  for (const item of items) {
    if (item.file.size > IMPORT_CONTENT_MAX_BYTES) {
      report.failed.push({ file: item.name, error: `it is larger than ${megabytes} MB, the most a browser can send at once; import it with Import files… (which reads it from disk) or the sightline command line` });
      continue;
    }
    if (size + item.file.size > IMPORT_CONTENT_MAX_BYTES && batch.length > 0) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(item);
    size += item.file.size;
  }
  if (batch.length > 0) batches.push(batch);
  for (const [index, group] of batches.entries()) {
    const payload = await Promise.all(group.map(async (item) => ({ name: item.name, base64: toBase64(await item.file.arrayBuffer()) })));
    const part = await client.invoke('documents:importContent', { items: payload, jobId: batches.length > 1 ? `${jobId}-${index + 1}` : jobId });
    report = mergeReports(report, part);
    if (part.cancelled) break;
  }
  return report;
}
