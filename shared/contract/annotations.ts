/**
 * Annotations: highlights, notes and claim anchors on a document's text. Each stores W3C
 * Web Annotation selectors — a TextPositionSelector (start/end, UTF-16 offsets into the
 * document text) and a TextQuoteSelector (exact, prefix, suffix) — so it finds its words
 * again when the text changes (re-anchoring), and reports when it cannot.
 */
import { z } from 'zod';
import { AUTHORSHIP } from './authorship.ts';
import { defineMethod } from './define.ts';
import { JobIdInput } from './jobs.ts';

export const AnnotationKind = z.enum(['highlight', 'note', 'claim']);
export type AnnotationKind = z.infer<typeof AnnotationKind>;

/** anchored: same place, same words · moved: same words elsewhere · fuzzy: changed words, to review · orphaned: not found. */
export const AnchorStatus = z.enum(['anchored', 'moved', 'fuzzy', 'orphaned']);
export type AnchorStatus = z.infer<typeof AnchorStatus>;

export const AnchorDetail = z.object({
  /** How the last re-anchoring found the words. */
  method: z.enum(['position', 'quote', 'normalized', 'fuzzy', 'context']).optional(),
  score: z.number().optional(),
  /** Why an orphaned annotation could not be placed. */
  reason: z.string().optional(),
  /** The quote before the last re-anchoring, when it changed. */
  previousExact: z.string().optional(),
  at: z.string().optional(),
});
export type AnchorDetail = z.infer<typeof AnchorDetail>;

export const AnnotationTag = z.object({ id: z.string(), name: z.string(), color: z.string() });

export const Annotation = z.object({
  id: z.string(),
  rev: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  kind: AnnotationKind,
  /** TextPositionSelector, UTF-16 offsets into the document text. */
  start: z.number().int(),
  end: z.number().int(),
  /** TextQuoteSelector. */
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  note: z.string(),
  tags: z.array(AnnotationTag),
  claimId: z.string().nullable(),
  /** The linked claim, when it still exists. */
  claim: z
    .object({ id: z.string(), text: z.string(), value: z.number().nullable(), unit: z.string().nullable(), deleted: z.boolean() })
    .nullable(),
  anchorStatus: AnchorStatus,
  anchorDetail: AnchorDetail,
  /** 1-based page of a paged document (PDF), else null. */
  page: z.number().int().nullable(),
  ...AUTHORSHIP,
  deleted: z.boolean(),
});
export type Annotation = z.infer<typeof Annotation>;

export const AnnotationFilter = z.object({
  /** One document's annotations; the whole case when omitted. */
  documentId: z.string().optional(),
  /** Annotations carrying any of these tags; "untagged" stands for annotations without a tag. */
  tagIds: z.array(z.string()).max(500).optional(),
  authors: z.array(z.string()).max(200).optional(),
  kinds: z.array(AnnotationKind).optional(),
  anchorStatuses: z.array(AnchorStatus).optional(),
  /** Words in the quote or the note (case-insensitive substring). */
  text: z.string().max(200).optional(),
});
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;

/** Annotations in document order (for the case: by document title, then position). */
export const annotationsList = defineMethod(
  'annotations:list',
  'List annotations (of a document or the case)',
  AnnotationFilter.extend({
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(10_000).default(2000),
  }),
  z.object({
    total: z.number().int(),
    items: z.array(Annotation),
    /** Everyone who annotated in this scope (for the author filter). */
    authors: z.array(z.string()),
    /** Annotations in this scope that need review: fuzzy or orphaned. */
    needsReview: z.number().int(),
  }),
);

const Span = {
  documentId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** The selected text as the reader saw it: refused when the document changed meanwhile. */
  exact: z.string().min(1).max(100_000),
};

/** Annotates a span of a document's text. Leading and trailing whitespace is left out of the span. */
export const annotationsCreate = defineMethod(
  'annotations:create',
  'Highlight, tag or note a span of a document',
  z.object({
    ...Span,
    kind: z.enum(['highlight', 'note']).default('highlight'),
    tagIds: z.array(z.string()).max(50).default([]),
    note: z.string().max(20_000).default(''),
  }),
  Annotation,
);

/** Edits an annotation's note, tags, kind or span. `expectedRev` refuses an edit over someone else's. */
export const annotationsUpdate = defineMethod(
  'annotations:update',
  'Edit an annotation',
  z.object({
    id: z.string(),
    expectedRev: z.string().optional(),
    note: z.string().max(20_000).optional(),
    tagIds: z.array(z.string()).max(50).optional(),
    kind: z.enum(['highlight', 'note']).optional(),
    /** A new span (with the text it covers), e.g. to re-attach an orphaned annotation. */
    span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0), exact: z.string().min(1).max(100_000) }).optional(),
    /** Marks a moved or fuzzy annotation as checked by the analyst (anchored). */
    confirmAnchor: z.boolean().optional(),
  }),
  Annotation,
);

/** Deletes annotations (tombstones, restorable); `withClaims` also deletes the claims they anchor. */
export const annotationsDelete = defineMethod(
  'annotations:delete',
  'Delete annotations (restorable)',
  z.object({ ids: z.array(z.string()).min(1).max(10_000), withClaims: z.boolean().default(false) }),
  z.object({ deleted: z.array(z.string()), claimsDeleted: z.array(z.string()) }),
);

/** Undoes a deletion (of annotations and of the claims deleted with them). */
export const annotationsRestore = defineMethod(
  'annotations:restore',
  'Restore deleted annotations',
  z.object({ ids: z.array(z.string()).min(1).max(10_000), claimIds: z.array(z.string()).max(10_000).default([]) }),
  z.object({ restored: z.array(z.string()), claimsRestored: z.array(z.string()) }),
);

export const ClaimDraft = z.object({
  id: z.string(),
  rev: z.string(),
  text: z.string(),
  value: z.number().nullable(),
  valueMin: z.number().nullable(),
  valueMax: z.number().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  whenText: z.string().nullable(),
  /** True when the extractor filled the fields; false when only the selected text is known. */
  extracted: z.boolean(),
});
export type ClaimDraft = z.infer<typeof ClaimDraft>;

/**
 * Creates a claim from a span (prefilled by the extractor where it recognises a figure)
 * and an annotation of kind "claim" anchoring it, in one transaction.
 */
export const annotationsCreateClaim = defineMethod(
  'annotations:createClaim',
  'Create a claim from a span of a document',
  z.object({ ...Span, tagIds: z.array(z.string()).max(50).default([]), note: z.string().max(20_000).default('') }),
  z.object({ annotation: Annotation, claim: ClaimDraft }),
);

export const ReanchorCounts = z.object({
  anchored: z.number().int(),
  moved: z.number().int(),
  fuzzy: z.number().int(),
  orphaned: z.number().int(),
});

export const ReanchorItem = z.object({
  id: z.string(),
  table: z.enum(['annotations', 'claims']),
  status: AnchorStatus,
  /** The quote before re-anchoring, and what it covers now (null when orphaned). */
  before: z.string(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
});

export const ReanchorReport = z.object({
  documentId: z.string(),
  annotations: ReanchorCounts,
  claims: ReanchorCounts,
  /** Every annotation or claim that did not stay in place with the same words. */
  changed: z.array(ReanchorItem),
});
export type ReanchorReport = z.infer<typeof ReanchorReport>;

/**
 * Re-anchors the annotations of a document that point into another version of its text
 * (after a merge brought a colleague's re-import, or an import of annotations).
 */
export const annotationsReanchor = defineMethod(
  'annotations:reanchor',
  "Re-anchor a document's annotations made on another version of its text",
  z.object({ documentId: z.string() }),
  ReanchorReport,
);

export const ExportFormat = z.enum(['jsonld', 'csv', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * Exports the annotations of a document or of the case: W3C Web Annotation JSON-LD (an
 * AnnotationCollection), or the tag report (tag, quote, document, page, note) as CSV or
 * Markdown. Writes `path` when given (refusing to overwrite unless `overwrite`), else
 * returns the content.
 */
export const annotationsExport = defineMethod(
  'annotations:export',
  'Export annotations (W3C JSON-LD) or the tag report (CSV, Markdown)',
  AnnotationFilter.extend({
    format: ExportFormat,
    path: z.string().min(1).optional(),
    overwrite: z.boolean().default(false),
  }),
  z.object({ count: z.number().int(), path: z.string().nullable(), content: z.string().nullable(), mediaType: z.string(), fileName: z.string() }),
);

export const ImportProblem = z.object({
  /** Position of the annotation in the file (0-based), or null for the file as a whole. */
  index: z.number().int().nullable(),
  id: z.string().nullable(),
  message: z.string(),
});

/**
 * Imports W3C Web Annotation JSON-LD (one annotation, an array, or an AnnotationCollection).
 * Each target is matched to a document of the case by its urn:sightline:document IRI,
 * then by SHA-256 (of the original file, then of the text); `documentId` sends every
 * annotation to one document instead. Selectors are anchored in the current text, so an
 * annotation made on another version lands as moved, fuzzy or orphaned, never silently
 * misplaced. Tags are matched by name (created when missing). Annotations already in the
 * case are skipped. Bad entries are reported one by one; the rest imports.
 */
export const annotationsImport = defineMethod(
  'annotations:import',
  'Import W3C Web Annotation JSON-LD',
  z
    .object({
      path: z.string().min(1).optional(),
      content: z.string().max(50_000_000).optional(),
      documentId: z.string().optional(),
      jobId: JobIdInput,
    })
    .refine((input) => (input.path === undefined) !== (input.content === undefined), 'Give either a file path or the content.'),
  z.object({
    imported: z.number().int(),
    skipped: z.number().int(),
    tagsCreated: z.array(z.string()),
    anchors: ReanchorCounts,
    problems: z.array(ImportProblem),
  }),
);
