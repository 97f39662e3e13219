/** Words for the History view: what a change did, a record's name, a value shown short. */
import type { HistoryEntry } from '../../../shared/contract/history.ts';

export const TABLE_LABELS: Record<string, string> = {
  documents: 'document',
  claims: 'claim',
  annotations: 'annotation',
  sources: 'source',
  places: 'place',
  tags: 'tag',
  observation_points: 'observation point',
  observation_point_types: 'point type',
  case_meta: 'case',
};

export const OP_LABELS: Record<HistoryEntry['op'], string> = {
  insert: 'added',
  update: 'edited',
  delete: 'deleted',
  restore: 'restored',
};

export function tableLabel(table: string): string {
  return TABLE_LABELS[table] ?? table.replace(/_/g, ' ');
}

export function shortValue(value: unknown, max = 80): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "title: Old → New; author: — → A. Writer" for an edit, the summary when there is one. */
export function describeChange(entry: HistoryEntry): string {
  if (entry.summary) return entry.summary;
  if (entry.op === 'insert') return `${OP_LABELS.insert} ${tableLabel(entry.table)}`;
  if (entry.op !== 'update') return `${OP_LABELS[entry.op]} ${tableLabel(entry.table)}`;
  const fields = Object.keys(entry.after ?? {});
  return fields.map((f) => `${f}: ${shortValue(entry.before?.[f], 40)} → ${shortValue(entry.after?.[f], 40)}`).join('; ');
}

export function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
