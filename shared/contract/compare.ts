/**
 * Comparing sources: two documents side by side (paired claims, what only one reports,
 * the passages one shares with the other) and, across the whole case, claims about the same
 * event grouped with their independent sources, conflicts and running totals, and how often
 * each source was corroborated or contradicted.
 */
import { z } from 'zod';
import { defineMethod } from './define.ts';

/** A claim as the comparison shows it: where it is, and its figure in words. */
export const ComparedClaim = z.object({
  id: z.string(),
  documentId: z.string(),
  /** [start, end] into the document text; null when the claim has no span. */
  span: z.tuple([z.number().int(), z.number().int()]).nullable(),
  /** "more than 75 armoured vehicles", or the event type for a claim without a figure. */
  figure: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  whenStart: z.string().nullable(),
  whenEnd: z.string().nullable(),
  places: z.array(z.string()),
  sourceName: z.string().nullable(),
});
export type ComparedClaim = z.infer<typeof ComparedClaim>;

export const ClaimRelation = z.enum(['agree', 'differ']);
export type ClaimRelation = z.infer<typeof ClaimRelation>;

export const ClaimPair = z.object({
  a: z.string(),
  b: z.string(),
  relation: ClaimRelation,
  /** What differs, in words ("more than 75 vs 450 armoured vehicles: 375 more"); null when they agree. */
  difference: z.string().nullable(),
});
export type ClaimPair = z.infer<typeof ClaimPair>;

/** A passage of A found in B (copied, quoted or rewritten), character spans in each. */
export const SharedPassage = z.object({
  a: z.tuple([z.number().int(), z.number().int()]),
  b: z.tuple([z.number().int(), z.number().int()]),
  /** 1 for identical text (after folding case, spacing and punctuation), less for small edits. */
  similarity: z.number(),
  /** False for a passage found out of order (a quotation moved elsewhere): not used to align scrolling. */
  inOrder: z.boolean(),
});
export type SharedPassage = z.infer<typeof SharedPassage>;

export const compareDocuments = defineMethod(
  'compare:documents',
  'Two documents side by side: paired claims, one-sided claims and shared passages',
  z.object({ a: z.string().min(1), b: z.string().min(1) }),
  z.object({
    pairs: z.array(ClaimPair),
    /** Claims only A reports (ids). */
    onlyA: z.array(z.string()),
    onlyB: z.array(z.string()),
    shared: z.array(SharedPassage),
    /** Every claim named above, by id. */
    claims: z.record(z.string(), ComparedClaim),
    /** Share of each text inside shared passages, 0–1. */
    sharedShareA: z.number(),
    sharedShareB: z.number(),
    tookMs: z.number(),
  }),
);

export const GroupClaim = ComparedClaim.extend({
  documentTitle: z.string(),
  /** The outlet that published the document. */
  outlet: z.string().nullable(),
  /** Which independent witness this claim counts for (claims from copied documents share one). */
  witness: z.number().int(),
});
export type GroupClaim = z.infer<typeof GroupClaim>;

/** A running total that goes down: the later figure is smaller than an earlier one. */
export const TotalDecrease = z.object({ earlier: z.string(), later: z.string(), description: z.string() });
export type TotalDecrease = z.infer<typeof TotalDecrease>;

export const EventGroup = z.object({
  id: z.string(),
  /** "armoured vehicles · Turkey · Idlib · 18 Aug 2020". */
  label: z.string(),
  claims: z.array(GroupClaim),
  documents: z.number().int(),
  /** Distinct independent witnesses: copies of a document and relays of one source count once. */
  independentSources: z.number().int(),
  /** Lowest and highest figure reported (null for claims without a figure). */
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Pairs of claims from independent witnesses that disagree. */
  conflicts: z.number().int(),
  decreases: z.array(TotalDecrease),
  conflict: z.boolean(),
});
export type EventGroup = z.infer<typeof EventGroup>;

export const compareGroups = defineMethod(
  'compare:groups',
  'Claims about the same event across the case, most contested first',
  z.object({ limit: z.number().int().min(1).max(5000).default(500) }),
  z.object({ groups: z.array(EventGroup), total: z.number().int(), tookMs: z.number() }),
);

export const SourceRecord = z.object({
  name: z.string(),
  /** Claims of this source that someone else also reported. */
  compared: z.number().int(),
  corroborated: z.number().int(),
  contradicted: z.number().int(),
  /** Claims nobody independent reported. */
  alone: z.number().int(),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

export const compareSources = defineMethod(
  'compare:sources',
  "Per source: how often its figures were corroborated or contradicted by independent sources",
  z.object({}),
  z.object({ sources: z.array(SourceRecord), tookMs: z.number() }),
);
