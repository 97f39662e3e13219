/**
 * Documents: importing files into a case, listing and reading them, editing their
 * metadata. A document's plain text (document_texts.text) is the coordinate system that
 * claims and annotations point into: offsets are UTF-16 code units.
 */
import { z } from 'zod';
import { defineMethod } from './define.ts';
import { JobIdInput } from './jobs.ts';

/** "2020", "2020-08", "2020-08-20" or a full ISO date-time. */
export const PublishedDate = z
  .string()
  .trim()
  .regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'Use a date like 2020, 2020-08, 2020-08-20 or 2020-08-20T14:30Z.');

export const DocumentFormat = z.enum(['text', 'markdown', 'html', 'pdf', 'docx', 'eml', 'image']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** A near-duplicate: another document sharing most of this one's text. */
export const SimilarDocument = z.object({
  documentId: z.string(),
  title: z.string(),
  sourceName: z.string().nullable(),
  /** Share of word sequences the two texts have in common (Jaccard of word 5-grams), 0–1. */
  similarity: z.number(),
});
export type SimilarDocument = z.infer<typeof SimilarDocument>;

export const DocumentSummary = z.object({
  id: z.string(),
  rev: z.string(),
  title: z.string(),
  format: z.string(),
  fileName: z.string().nullable(),
  sourceId: z.string().nullable(),
  sourceName: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  sizeBytes: z.number().int(),
  textLength: z.number().int(),
  parentId: z.string().nullable(),
  importedAt: z.string(),
  importedBy: z.string(),
  /** The most similar near-duplicate, if any, and how many there are. */
  nearDuplicate: SimilarDocument.nullable(),
  nearDuplicateCount: z.number().int(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = DocumentSummary.extend({
  /** Format-specific metadata (e-mail headers, PDF info, front matter …). */
  metadata: z.record(z.string(), z.unknown()),
  updatedAt: z.string(),
  updatedBy: z.string(),
  deleted: z.boolean(),
  blobSha256: z.string().nullable(),
  text: z.string(),
  /** Offset where each page starts ([0] for text without pages). */
  pages: z.array(z.number().int()),
  parent: z.object({ id: z.string(), title: z.string() }).nullable(),
  children: z.array(z.object({ id: z.string(), title: z.string(), fileName: z.string().nullable(), format: z.string() })),
  nearDuplicates: z.array(SimilarDocument),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const DocumentSort = z.enum(['published', 'source', 'title', 'imported']);
export type DocumentSort = z.infer<typeof DocumentSort>;

/** Narrowing shared by the document list and search. Dates compare as text, so "2020-08" covers August. */
export const DocumentFilter = z.object({
  sourceIds: z.array(z.string()).max(1000).optional(),
  publishedFrom: PublishedDate.optional(),
  publishedTo: PublishedDate.optional(),
  formats: z.array(z.string()).max(20).optional(),
});
export type DocumentFilter = z.infer<typeof DocumentFilter>;

/** A page of the case's documents (attachments included), sorted. */
export const documentsList = defineMethod(
  'documents:list',
  'List documents (paged, sorted, filtered)',
  DocumentFilter.extend({
    sort: DocumentSort.default('published'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  }),
  z.object({ total: z.number().int(), items: z.array(DocumentSummary) }),
);

/** One document with its metadata, full text and page offsets. */
export const documentsGet = defineMethod('documents:get', 'A document with its text and metadata', z.object({ id: z.string() }), DocumentDetail);

const OptionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/**
 * Edits a document's metadata (recorded in the change log). `sourceName` names the outlet:
 * it is found in the source registry or registered. `expectedRev` refuses the edit when
 * someone changed the document meanwhile.
 */
export const documentsUpdate = defineMethod(
  'documents:update',
  "Edit a document's metadata",
  z.object({
    id: z.string(),
    expectedRev: z.string().optional(),
    title: z.string().trim().min(1, 'A title is required.').max(500).optional(),
    sourceName: OptionalText(200),
    author: OptionalText(300),
    published: PublishedDate.nullable().optional(),
    url: z.union([z.url({ protocol: /^https?$/ }), z.null()]).optional(),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, ar or fr.')
      .nullable()
      .optional(),
    pageCount: z.number().int().min(1).max(1_000_000).nullable().optional(),
  }),
  DocumentDetail.omit({ text: true, pages: true }),
);

/** Deletes documents (tombstones: they merge like edits and can be restored); attachments go with their e-mail. */
export const documentsDelete = defineMethod(
  'documents:delete',
  'Delete documents (restorable)',
  z.object({ ids: z.array(z.string()).min(1).max(10_000) }),
  z.object({ deleted: z.array(z.string()) }),
);

/** Undoes a deletion. */
export const documentsRestore = defineMethod(
  'documents:restore',
  'Restore deleted documents',
  z.object({ ids: z.array(z.string()).min(1).max(10_000) }),
  z.object({ restored: z.array(z.string()) }),
);

export const NearDuplicateReport = z.object({
  /** The imported file (for a file inside an archive or an e-mail: "archive.zip › path"). */
  file: z.string(),
  documentId: z.string(),
  title: z.string(),
  similarTo: z.object({ documentId: z.string(), title: z.string(), sourceName: z.string().nullable() }),
  similarity: z.number(),
});
export type NearDuplicateReport = z.infer<typeof NearDuplicateReport>;

export const ImportFailure = z.object({ file: z.string(), error: z.string() });
export type ImportFailure = z.infer<typeof ImportFailure>;

export const ImportedItem = z.object({
  file: z.string(),
  documentId: z.string(),
  title: z.string(),
  status: z.enum(['imported', 'duplicate']),
  parentId: z.string().nullable(),
});
export type ImportedItem = z.infer<typeof ImportedItem>;

/** What an import did. The first four fields are the CLI's `--json` output. */
export const ImportReport = z.object({
  imported: z.number().int(),
  duplicates: z.number().int(),
  nearDuplicates: z.array(NearDuplicateReport),
  failed: z.array(ImportFailure),
  items: z.array(ImportedItem),
  /** True when the analyst cancelled: every document listed was imported whole, the rest not at all. */
  cancelled: z.boolean(),
  /** Bytes of the files read (imported, duplicate or not). */
  bytes: z.number().int(),
  elapsedMs: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** Metadata an analyst may give for every document of an import (a pasted text's title …). */
export const ImportOverrides = z.object({
  title: z.string().trim().min(1).max(500).optional(),
  sourceName: z.string().trim().min(1).max(200).optional(),
  published: PublishedDate.optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  author: z.string().trim().min(1).max(300).optional(),
});
export type ImportOverrides = z.infer<typeof ImportOverrides>;

/**
 * Imports files and folders (recursively; .zip archives and e-mail attachments too) from
 * paths on the machine that runs the services. Runs as a job (`job:progress`, cancel).
 */
export const documentsImport = defineMethod(
  'documents:import',
  'Import files and folders by path',
  z.object({
    paths: z.array(z.string().min(1)).min(1, 'Give at least one file or folder.').max(100_000),
    jobId: JobIdInput,
  }),
  ImportReport,
);

/** The most content one documents:importContent call may carry (the HTTP bridge accepts 64 MB bodies; base64 adds a third). */
export const IMPORT_CONTENT_MAX_BYTES = 45 * 1024 * 1024;

export const ContentItem = z
  .object({
    /** File name (with extension: it helps to tell the format); a relative path for dropped folders. */
    name: z.string().trim().min(1).max(1000),
    /** The file's bytes, base64-encoded … */
    base64: z.string().max(Math.ceil(IMPORT_CONTENT_MAX_BYTES / 3) * 4 + 4).optional(),
    /** … or plain text (pasted). */
    text: z.string().max(IMPORT_CONTENT_MAX_BYTES).optional(),
    overrides: ImportOverrides.optional(),
  })
  .refine((item) => (item.base64 === undefined) !== (item.text === undefined), 'Give either base64 or text for each item.');
export type ContentItem = z.infer<typeof ContentItem>;

/**
 * Imports content sent with the call: files dropped on a browser window (which cannot
 * give paths) and pasted text. At most IMPORT_CONTENT_MAX_BYTES per call: the client
 * sends larger drops in several calls. Runs as a job like documents:import.
 */
export const documentsImportContent = defineMethod(
  'documents:importContent',
  'Import dropped files or pasted text sent with the call',
  z.object({ items: z.array(ContentItem).min(1).max(10_000), jobId: JobIdInput }),
  ImportReport,
);

/** What the document filters can offer: the case's outlets, formats and date range, with counts. */
export const documentsFacets = defineMethod(
  'documents:facets',
  'Sources, formats and dates present among the documents',
  z.object({}).strict(),
  z.object({
    sources: z.array(z.object({ id: z.string(), name: z.string(), documents: z.number().int() })),
    formats: z.array(z.object({ format: z.string(), documents: z.number().int() })),
    publishedMin: z.string().nullable(),
    publishedMax: z.string().nullable(),
    undated: z.number().int(),
  }),
);
