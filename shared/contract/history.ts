/** The change log as history: every change in the case by person and time, and each record's own. */
import { z } from 'zod';
import { defineMethod } from './define.ts';

export const HistoryEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  table: z.string(),
  rowId: z.string(),
  op: z.enum(['insert', 'update', 'delete', 'restore']),
  rev: z.string(),
  prevRev: z.string().nullable(),
  /** Changed fields with their values before and after (null for an insert's before). */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  summary: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryFilter = z.object({
  actor: z.string().optional(),
  table: z.string().optional(),
  op: z.enum(['insert', 'update', 'delete', 'restore']).optional(),
  /** ISO times, inclusive. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** Words found in the summary or the changed values. */
  text: z.string().max(200).optional(),
});
export type HistoryFilter = z.infer<typeof HistoryFilter>;

/** Changes newest first, a page at a time (`before`: the last entry's id of the previous page). */
export const historyList = defineMethod(
  'history:list',
  'Every change in the case, filterable',
  HistoryFilter.extend({ limit: z.number().int().min(1).max(1000).default(200), before: z.string().optional() }),
  z.object({ entries: z.array(HistoryEntry), actors: z.array(z.string()), tables: z.array(z.string()), hasMore: z.boolean() }),
);

/** One record's history, oldest first. */
export const historyRecord = defineMethod(
  'history:record',
  "One record's history",
  z.object({ table: z.string(), id: z.string() }),
  z.object({ entries: z.array(HistoryEntry) }),
);
