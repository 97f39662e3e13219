/**
 * Full-text search over the documents of a case (titles, text and annotation notes).
 * Matching ignores case, accents, Arabic diacritics and letter variants, and the script of
 * digits; snippets and highlight ranges point into the ORIGINAL text.
 */
import { z } from 'zod';
import { defineMethod } from './define.ts';
import { DocumentFilter } from './documents.ts';

export const TextRange = z.object({ start: z.number().int(), end: z.number().int() });
export type TextRange = z.infer<typeof TextRange>;

export const SearchHit = z.object({
  documentId: z.string(),
  title: z.string(),
  /** Hits inside the title (offsets into the title). */
  titleHighlights: z.array(TextRange),
  sourceName: z.string().nullable(),
  published: z.string().nullable(),
  format: z.string(),
  /** The excerpt around the first hit: `text` starts at offset `start` of the document text. */
  snippet: z.object({ text: z.string(), start: z.number().int(), highlights: z.array(TextRange) }),
  /** Page (1-based) of the first hit, for paged documents. */
  page: z.number().int().nullable(),
  /** Where the query matched. */
  matchedIn: z.array(z.enum(['title', 'text', 'notes'])),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** relevance (bm25, title hits weigh more), newest/oldest by publication date, imported = most recently imported first. */
export const SearchOrder = z.enum(['relevance', 'newest', 'oldest', 'imported']);

/**
 * Searches the open case. Query syntax: words (all must occur), "exact phrase", prefix*,
 * OR, NOT word or -word, parentheses. A malformed query is refused with a clear message.
 */
export const searchQuery = defineMethod(
  'search:query',
  'Search the documents of the case',
  DocumentFilter.extend({
    query: z.string().max(1000),
    order: SearchOrder.default('relevance'),
    offset: z.number().int().min(0).max(100_000).default(0),
    limit: z.number().int().min(1).max(200).default(20),
  }),
  z.object({
    /** Documents that match, counted up to a cap (see totalIsMinimum). */
    total: z.number().int(),
    /** True when more documents match than were counted (the count stops at 10,000: counting every hit of a common phrase costs more than the search). */
    totalIsMinimum: z.boolean(),
    hits: z.array(SearchHit),
    /** The FTS5 expression the query became (after folding): shown to explain a result. */
    match: z.string(),
    /** The order used: a relevance search with very many hits is answered most-recently-imported first. */
    order: SearchOrder,
    tookMs: z.number(),
  }),
);

/** Every place a query matches inside one document (for the reader's highlights), in text order. */
export const searchHighlights = defineMethod(
  'search:highlights',
  "Where a query matches in one document's text",
  z.object({ documentId: z.string(), query: z.string().max(1000), limit: z.number().int().min(1).max(10_000).default(2000) }),
  z.object({ ranges: z.array(TextRange), truncated: z.boolean() }),
);
