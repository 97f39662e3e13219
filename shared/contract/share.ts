/**
 * Sharing a case: export a snapshot for a colleague, merge a colleague's snapshot in,
 * resolve what both sides changed, and check a case's integrity.
 */
import { z } from 'zod';
import { defineMethod } from './define.ts';

const Path = z.string().min(1, 'A file path is required.');
const Password = z.string().min(1, 'The password is empty.').max(1024);

export const ExportRedaction = z.object({
  /** Leave out the analysts' notes: note annotations, annotation/claim/point/source notes (also in the change log). */
  excludeNotes: z.boolean().default(false),
  /** Leave out these documents (with their attachments, claims, annotations and bytes). */
  excludeDocuments: z.array(z.string()).max(100_000).default([]),
  /** Keep only what carries one of these tags (names or ids): tagged claims and annotations and their documents. */
  onlyTags: z.array(z.string().min(1)).max(1000).default([]),
});

export const LeftOut = z.object({
  notes: z.boolean(),
  documents: z.number().int(),
  claims: z.number().int(),
  annotations: z.number().int(),
  tags: z.number().int(),
  otherRecords: z.number().int(),
  changes: z.number().int(),
  /** One line per rule applied, for the analyst ("private notes", "3 chosen documents" …). */
  reasons: z.array(z.string()),
});
export type LeftOut = z.infer<typeof LeftOut>;

export const ShareManifest = z.object({
  format: z.literal(1),
  caseId: z.string(),
  caseTitle: z.string(),
  exportedBy: z.string(),
  exportedAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** Rows per exported table (tombstones included). */
  counts: z.record(z.string(), z.number().int()),
  /** SHA-256 of every exported document's original bytes. */
  documents: z.array(z.object({ id: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable() })),
  snapshot: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().nonnegative() }),
  leftOut: LeftOut,
});
export type ShareManifest = z.infer<typeof ShareManifest>;

export const ExportResult = z.object({
  path: z.string(),
  bytes: z.number().int(),
  encrypted: z.boolean(),
  counts: z.record(z.string(), z.number().int()),
  snapshotSha256: z.string(),
  leftOut: LeftOut,
  elapsedMs: z.number(),
});
export type ExportResult = z.infer<typeof ExportResult>;

/** Writes the open case to `path` as a self-contained .sightline snapshot (taken while the case stays open). */
export const shareExport = defineMethod(
  'share:export',
  'Export the open case for a colleague',
  ExportRedaction.extend({ path: Path, password: Password.optional(), jobId: z.string().optional() }),
  ExportResult,
);

/** Reads what a .sightline file says about itself (without the password only whether it is encrypted). */
export const shareInspect = defineMethod(
  'share:inspect',
  'Describe a .sightline export file',
  z.object({ path: Path, password: Password.optional() }),
  z.object({ encrypted: z.boolean(), manifest: ShareManifest.nullable() }),
);

export const ConflictSide = z.object({
  rev: z.string(),
  by: z.string(),
  at: z.string(),
  /** The record's fields (and child rows under their table names, a document's text under `text`). */
  values: z.record(z.string(), z.unknown()),
});

export const MergeConflict = z.object({
  id: z.string(),
  mergeId: z.string(),
  table: z.string(),
  recordId: z.string(),
  /** Fields whose values differ between the two versions. */
  fields: z.array(z.string()),
  mine: ConflictSide,
  theirs: ConflictSide,
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolution: z.enum(['mine', 'theirs', 'edited']).nullable(),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const MergeConflictSummary = z.object({
  id: z.string(),
  table: z.string(),
  recordId: z.string(),
  fields: z.array(z.string()),
  mine: z.object({ by: z.string(), at: z.string() }),
  theirs: z.object({ by: z.string(), at: z.string() }),
});

export const MergeReport = z.object({
  added: z.record(z.string(), z.number().int()),
  updated: z.record(z.string(), z.number().int()),
  conflicts: z.array(MergeConflictSummary),
  unchanged: z.number().int(),
  mergeId: z.string(),
  fromCase: z.string(),
  exportedBy: z.string(),
  exportedAt: z.string(),
  elapsedMs: z.number(),
});
export type MergeReport = z.infer<typeof MergeReport>;

/** Merges a colleague's .sightline file into the open case (all or nothing). */
export const shareMerge = defineMethod(
  'share:merge',
  "Merge a colleague's case file into the open case",
  z.object({ path: Path, password: Password.optional(), jobId: z.string().optional() }),
  MergeReport,
);

/** Conflicts of the open case, open ones first (resolved ones too with includeResolved). */
export const shareConflicts = defineMethod(
  'share:conflicts',
  'Records both sides changed, awaiting the analyst',
  z.object({ includeResolved: z.boolean().default(false) }),
  z.object({ conflicts: z.array(MergeConflict) }),
);

/** Resolves one conflict: keep mine, take theirs, or write `values` (an edited version). */
export const shareResolve = defineMethod(
  'share:resolve',
  'Resolve one merge conflict',
  z.object({ id: z.string(), choice: z.enum(['mine', 'theirs', 'edit']), values: z.record(z.string(), z.unknown()).optional() }),
  MergeConflict,
);

export const VerifyCheck = z.object({ name: z.string(), ok: z.boolean(), problems: z.array(z.string()) });
export const VerifyReport = z.object({ path: z.string(), ok: z.boolean(), checks: z.array(VerifyCheck), elapsedMs: z.number() });
export type VerifyReport = z.infer<typeof VerifyReport>;

/** Checks a case (the open one, or the file at `path`, opened read-only): schema, keys, integrity, index, document bytes. */
export const shareVerify = defineMethod('share:verify', 'Check the integrity of a case', z.object({ path: Path.optional() }), VerifyReport);
