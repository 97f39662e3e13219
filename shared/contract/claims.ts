/**
 * Claims as the grid works them: pages of rows for AG Grid's infinite row model (sorted and
 * filtered in SQL), one claim's detail (its sentence in its paragraph, its history), and the
 * analyst's edits — inline edits, grading, creating, splitting, merging, deleting and
 * restoring — each written through the record store so the change log says who did what, when.
 */
import { z } from 'zod';
import { AUTHORSHIP } from './authorship.ts';
import { CLAIM_STATUSES, QUALIFIERS } from '../domain/claim-types.ts';
import { CREDIBILITY, RELIABILITY } from '../domain/admiralty.ts';
import { ClaimFilter } from './claim-filter.ts';
import { FilterModel, SortModel } from './claim-grid.ts';
import { defineMethod } from './define.ts';

const Named = z.object({ id: z.string(), name: z.string() });

export const ClaimRow = z.object({
  id: z.string(),
  rev: z.string(),
  text: z.string(),
  value: z.number().nullable(),
  valueMin: z.number().nullable(),
  valueMax: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  eventType: z.string().nullable(),
  places: z.array(Named),
  whenStart: z.string().nullable(),
  whenEnd: z.string().nullable(),
  whenText: z.string().nullable(),
  sourceId: z.string().nullable(),
  sourceName: z.string().nullable(),
  /** Source reliability A–F (set on the source). */
  reliability: z.enum(RELIABILITY).nullable(),
  via: z.array(Named),
  documentId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  spanStart: z.number().int().nullable(),
  spanEnd: z.number().int().nullable(),
  status: z.enum(CLAIM_STATUSES),
  /** Information credibility 1–6 (set on the claim). */
  credibility: z.number().int().min(1).max(6).nullable(),
  /** The Admiralty code shown as one column: "B2", "B–", "–2" or "". */
  grade: z.string(),
  tags: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  notes: z.string(),
  origin: z.enum(['extracted', 'manual', 'annotation']),
  anchorStatus: z.string().nullable(),
  editedFields: z.array(z.string()),
  ...AUTHORSHIP,
});
export type ClaimRow = z.infer<typeof ClaimRow>;

/** What the grid asks for: the rows startRow … endRow-1 in the given order, filtered. */
export const ClaimQuery = z.object({
  startRow: z.number().int().min(0),
  endRow: z.number().int().min(1),
  sortModel: SortModel,
  filterModel: FilterModel,
  /** Narrowing from other views (map place, time slider) and the quick search (`text`). */
  scope: ClaimFilter.default({}),
  /**
   * Count the matching claims with the page. Counting reads the whole view (on a million
   * claims, up to a second or two): the grid asks for its first rows without it and then
   * for claims:count, so the rows show first.
   */
  count: z.boolean().default(true),
});
export type ClaimQuery = z.input<typeof ClaimQuery>;

export const claimsCount = defineMethod(
  'claims:count',
  'How many claims a grid view holds; later pages of the view are then read from the order kept by the count',
  ClaimQuery.pick({ sortModel: true, filterModel: true, scope: true }),
  z.object({ total: z.number().int(), tookMs: z.number() }),
);

export const claimsQuery = defineMethod(
  'claims:query',
  'A page of claims, sorted and filtered in SQL (the grid\u2019s infinite row model)',
  ClaimQuery.refine((q) => q.endRow > q.startRow && q.endRow - q.startRow <= 1000, 'Ask for 1 to 1000 rows at a time.'),
  z.object({
    rows: z.array(ClaimRow),
    /** Matching claims, when counted. */
    total: z.number().int().nullable(),
    tookMs: z.number(),
  }),
);

export const Change = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  op: z.enum(['insert', 'update', 'delete', 'restore']),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  summary: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

const Excerpt = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

export const claimsGet = defineMethod(
  'claims:get',
  'One claim: its sentence in its paragraph (span offsets into the document) and its history',
  z.object({ id: z.string() }),
  z.object({
    claim: ClaimRow,
    deleted: z.boolean(),
    /** The sentence holding the claim's span; offsets are into the document text. */
    sentence: Excerpt.nullable(),
    paragraph: Excerpt.nullable(),
    /** The source's change history too (grading a source is part of a claim's story). */
    history: z.array(Change.extend({ table: z.string() })),
  }),
);

const Day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'Write dates as YYYY-MM-DD.')
  .refine((d) => !Number.isNaN(Date.parse(d.slice(0, 10))), 'That is not a date.');
const ShortText = z.string().trim().max(500);
const Figure = z.number().finite('A figure must be a number.').min(0, 'Counts are not negative.').max(1e12);

/** The fields an analyst edits inline; null clears a field. */
export const ClaimFields = z.object({
  text: z.string().trim().min(1, 'A claim needs its words.').max(5000),
  value: Figure.nullable(),
  valueMin: Figure.nullable(),
  valueMax: Figure.nullable(),
  qualifier: z.enum(QUALIFIERS).nullable(),
  unit: ShortText.nullable(),
  subject: ShortText.nullable(),
  eventType: ShortText.nullable(),
  whenStart: Day.nullable(),
  whenEnd: Day.nullable(),
  whenText: ShortText.nullable(),
  /** The source by name: found in the registry (names and aliases) or registered. */
  sourceName: z.string().trim().max(300).nullable(),
  status: z.enum(CLAIM_STATUSES),
  credibility: z.union(CREDIBILITY.map((c) => z.literal(c))).nullable(),
  notes: z.string().max(20_000),
  tagIds: z.array(z.string()).max(200),
  /** Place names: found among the case's places or added (unresolved, to be placed on the map). */
  placeNames: z.array(z.string().trim().min(1).max(300)).max(50),
});
export type ClaimFields = z.infer<typeof ClaimFields>;

export const ClaimPatch = ClaimFields.partial();
export type ClaimPatch = z.infer<typeof ClaimPatch>;

export const claimsUpdate = defineMethod(
  'claims:update',
  'Edit a claim (logged with who and when)',
  z.object({ id: z.string(), expectedRev: z.string().optional(), patch: ClaimPatch }),
  ClaimRow,
);

/** Grades a claim: reliability goes on its source (every claim of that source shows it), credibility on the claim. */
export const claimsGrade = defineMethod(
  'claims:grade',
  'Grade a claim with the Admiralty code (reliability on its source, credibility on the claim)',
  z.object({
    id: z.string(),
    reliability: z.enum(RELIABILITY).nullable().optional(),
    credibility: z.union(CREDIBILITY.map((c) => z.literal(c))).nullable().optional(),
  }),
  ClaimRow,
);

export const claimsCreate = defineMethod(
  'claims:create',
  'Add a claim by hand (what the extractor missed)',
  ClaimFields.partial()
    .extend({
      text: ClaimFields.shape.text,
      documentId: z.string().optional(),
      spanStart: z.number().int().min(0).optional(),
      spanEnd: z.number().int().min(0).optional(),
    })
    .refine((c) => (c.spanStart === undefined) === (c.spanEnd === undefined), 'Give both ends of the span or neither.')
    .refine((c) => c.spanStart === undefined || c.documentId !== undefined, 'A span needs its document.'),
  ClaimRow,
);

const Ids = z.array(z.string()).min(1).max(10_000);

export const claimsDelete = defineMethod('claims:delete', 'Delete claims (restorable)', z.object({ ids: Ids }), z.object({ deleted: z.array(z.string()) }));
export const claimsRestore = defineMethod('claims:restore', 'Restore deleted claims', z.object({ ids: Ids }), z.object({ restored: z.array(z.string()) }));

/** Splits a claim's text at a character offset into two claims that keep its other fields. */
export const claimsSplit = defineMethod(
  'claims:split',
  'Split a claim in two at a point of its text',
  z.object({ id: z.string(), at: z.number().int().min(1) }),
  z.object({ claims: z.tuple([ClaimRow, ClaimRow]) }),
);

/** Merges claims into the first: texts joined, spans united, tags and places combined; the others are deleted. */
export const claimsMerge = defineMethod(
  'claims:merge',
  'Merge claims into one',
  z.object({ ids: z.array(z.string()).min(2).max(50) }),
  z.object({ claim: ClaimRow, deleted: z.array(z.string()) }),
);

/** The whole current view (every matching row, not only the loaded pages) as CSV or JSON rows. */
export const claimsExport = defineMethod(
  'claims:export',
  'The claims of a view as CSV',
  z.object({
    sortModel: SortModel,
    filterModel: FilterModel,
    scope: ClaimFilter.default({}),
    /** Column ids in order; all columns when omitted. */
    columns: z.array(z.string()).optional(),
    limit: z.number().int().min(1).max(2_000_000).default(1_000_000),
  }),
  z.object({ csv: z.string(), rows: z.number().int() }),
);

/** Values for the grid's set filters and editors: sources, tags, places, event types, editors. */
export const claimsFacets = defineMethod(
  'claims:facets',
  'Choices for the grid\u2019s set filters and editors',
  z.object({}).strict(),
  z.object({
    sources: z.array(Named.extend({ reliability: z.string().nullable() })),
    tags: z.array(Named.extend({ color: z.string() })),
    places: z.array(Named),
    eventTypes: z.array(z.string()),
    units: z.array(z.string()),
    editors: z.array(z.string()),
  }),
);
