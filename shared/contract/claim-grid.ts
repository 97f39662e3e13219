/**
 * The claims grid's query language: the columns, and AG Grid's sort and filter models as
 * they cross the boundary (text, number and date filters of AG Grid community, and the
 * grid's own set filter). The service turns them into SQL through a column registry; a
 * column id is never SQL.
 */
import { z } from 'zod';

/** Every column of the grid, by the id the grid and the API use. */
export const CLAIM_COLUMNS = [
  'text',
  'value',
  'qualifier',
  'unit',
  'subject',
  'eventType',
  'places',
  'when',
  'source',
  'via',
  'document',
  'status',
  'grade',
  'reliability',
  'credibility',
  'tags',
  'notes',
  'origin',
  'updatedBy',
  'updatedAt',
  'createdAt',
] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export const SortModel = z
  .array(z.object({ colId: z.enum(CLAIM_COLUMNS), sort: z.enum(['asc', 'desc']) }))
  .max(3)
  .default([]);
export type SortModel = z.infer<typeof SortModel>;

const TextCondition = z.object({
  filterType: z.literal('text'),
  type: z.enum(['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank']),
  filter: z.string().max(500).nullish(),
});
const NumberCondition = z.object({
  filterType: z.literal('number'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'lessThanOrEqual', 'greaterThan', 'greaterThanOrEqual', 'inRange', 'blank', 'notBlank']),
  filter: z.number().nullish(),
  filterTo: z.number().nullish(),
});
/** AG Grid sends dates as "YYYY-MM-DD hh:mm:ss"; only the day counts. */
const DateCondition = z.object({
  filterType: z.literal('date'),
  type: z.enum(['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank']),
  dateFrom: z.string().nullish(),
  dateTo: z.string().nullish(),
});
export const SetFilter = z.object({
  filterType: z.literal('set'),
  /** Matches rows whose value is one of these ("" stands for none/blank). */
  values: z.array(z.string()).max(10_000),
});

function combined<K extends string, T extends z.ZodObject<{ filterType: z.ZodLiteral<K> }>>(kind: K, condition: T) {
  return z.union([
    condition,
    z.object({
      filterType: z.literal(kind),
      operator: z.enum(['AND', 'OR']),
      conditions: z.array(condition).min(1).max(4),
    }),
  ]);
}

export const ColumnFilter = z.union([combined('text', TextCondition), combined('number', NumberCondition), combined('date', DateCondition), SetFilter]);
export type ColumnFilter = z.infer<typeof ColumnFilter>;
export type TextCondition = z.infer<typeof TextCondition>;
export type NumberCondition = z.infer<typeof NumberCondition>;
export type DateCondition = z.infer<typeof DateCondition>;

export const FilterModel = z.partialRecord(z.enum(CLAIM_COLUMNS), ColumnFilter).default({});
export type FilterModel = z.infer<typeof FilterModel>;
