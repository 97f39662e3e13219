/**
 * search:query and search:highlights. The FTS5 index finds and ranks documents; the hits'
 * snippets and highlight ranges are then computed from each document's ORIGINAL text
 * (highlight.ts), never from the folded form the index holds.
 *
 * Ranking: bm25 scores every matching document, which costs tens of milliseconds once a
 * word occurs in tens of thousands of documents. Above RANK_LIMIT hits the result is
 * therefore ordered most recently imported first, which FTS5 answers by walking its index in
 * rowid order and stopping after one page; the answer says which order it used.
 */
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { FILTER_WHERE, filterParams } from '../documents/document-queries.ts';
import { findMatches, makeSnippet } from './highlight.ts';
import { parseSearchQuery, type SearchTerm } from './search-query.ts';
import { ApiError } from '../../../shared/contract/errors.ts';

/** Above this many hits, relevance ranking gives way to newest-first (see above). */
export const RANK_LIMIT = 3000;
/** Hits are counted up to here: checking the positions of every hit of a common phrase costs more than the search itself. */
export const COUNT_LIMIT = 10_000;

type SearchInput = ParsedInput<'search:query'>;
type SearchOutput = MethodOutput<'search:query'>;

interface HitRow {
  document_id: string;
  title: string;
  source_name: string | null;
  published: string | null;
  format: string;
  text: string;
  pages: string;
  notes: string | null;
}

function pageOf(pages: number[], offset: number): number | null {
  if (pages.length <= 1) return null;
  let page = 1;
  for (let i = 0; i < pages.length; i++) if (pages[i]! <= offset) page = i + 1;
  return page;
}

function hasFilter(input: SearchInput): boolean {
  return Boolean(input.sourceIds?.length || input.publishedFrom || input.publishedTo || input.formats?.length);
}

/** Runs an FTS statement, turning any FTS5 complaint into a clear input error (our own queries should never cause one). */
function run<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/fts5|MATCH|syntax/i.test(message)) throw new ApiError('invalid_input', `The search could not be understood (${message}).`);
    throw error;
  }
}

const MATCH_FROM = `document_search f JOIN search_rows r ON r.id = f.rowid JOIN documents d ON d.id = r.document_id`;

const ORDERS = {
  relevance: 'f.rank',
  newest: 'd.published IS NULL, d.published DESC, f.rowid DESC',
  oldest: 'd.published IS NULL, d.published ASC, f.rowid ASC',
  imported: 'f.rowid DESC',
} as const;

function pageIds(db: ReadableDb, match: string, input: SearchInput, order: keyof typeof ORDERS): string[] {
  const filtered = hasFilter(input);
  // Unfiltered newest-imported-first stays inside FTS5 (rowid order, stops after a page).
  const sql =
    order === 'imported' && !filtered
      ? `SELECT r.document_id AS id FROM document_search f JOIN search_rows r ON r.id = f.rowid
          WHERE document_search MATCH @match ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`
      : `SELECT d.id AS id FROM ${MATCH_FROM}
          WHERE document_search MATCH @match AND ${FILTER_WHERE}
          ORDER BY ${ORDERS[order]} LIMIT @limit OFFSET @offset`;
  const params = { match, limit: input.limit, offset: input.offset, ...(order === 'imported' && !filtered ? {} : filterParams(input)) };
  return (statement(db, sql).all(params) as { id: string }[]).map((r) => r.id);
}

/** Counts hits, stopping one past COUNT_LIMIT. */
function countHits(db: ReadableDb, match: string, input: SearchInput): number {
  if (!hasFilter(input)) {
    // Deleted documents are taken out of the index, so the index alone counts live hits.
    return (
      statement(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM document_search WHERE document_search MATCH @match LIMIT @cap)').get({ match, cap: COUNT_LIMIT + 1 }) as {
        n: number;
      }
    ).n;
  }
  return (
    statement(db, `SELECT count(*) AS n FROM (SELECT 1 FROM ${MATCH_FROM} WHERE document_search MATCH @match AND ${FILTER_WHERE} LIMIT @cap)`).get({
      match,
      cap: COUNT_LIMIT + 1,
      ...filterParams(input),
    }) as { n: number }
  ).n;
}

function describeHit(row: HitRow, terms: SearchTerm[]): SearchOutput['hits'][number] {
  const matches = findMatches(row.text, terms, 20);
  const titleHighlights = findMatches(row.title, terms, 20);
  const matchedIn: ('title' | 'text' | 'notes')[] = [];
  if (titleHighlights.length > 0) matchedIn.push('title');
  if (matches.length > 0) matchedIn.push('text');
  if (row.notes && findMatches(row.notes, terms, 1).length > 0) matchedIn.push('notes');
  const pages = JSON.parse(row.pages) as number[];
  return {
    documentId: row.document_id,
    title: row.title,
    titleHighlights,
    sourceName: row.source_name,
    published: row.published,
    format: row.format,
    snippet: makeSnippet(row.text, matches),
    page: matches.length > 0 ? pageOf(pages, matches[0]!.start) : null,
    matchedIn,
  };
}

export function searchDocuments(db: ReadableDb, input: SearchInput): SearchOutput {
  const started = performance.now();
  const query = parseSearchQuery(input.query);
  return run(() => {
    const counted = countHits(db, query.match, input);
    const total = Math.min(counted, COUNT_LIMIT);
    let order: keyof typeof ORDERS = input.order;
    if (order === 'relevance' && total > RANK_LIMIT) order = 'imported';
    const ids = pageIds(db, query.match, input, order);
    const rows = statement(
      db,
      `SELECT d.id AS document_id, d.title, s.name AS source_name, d.published, d.format, t.text, t.pages,
              (SELECT group_concat(a.note, char(10)) FROM annotations a WHERE a.document_id = d.id AND a.deleted_at IS NULL AND a.note != '') AS notes
         FROM documents d JOIN document_texts t ON t.document_id = d.id LEFT JOIN sources s ON s.id = d.source_id
        WHERE d.id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as HitRow[];
    const byId = new Map(rows.map((r) => [r.document_id, r]));
    const hits = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [describeHit(row, query.terms)] : [];
    });
    return {
      total,
      totalIsMinimum: counted > COUNT_LIMIT,
      hits,
      match: query.match,
      order,
      tookMs: Math.round((performance.now() - started) * 10) / 10,
    };
  });
}

export function documentHighlights(db: ReadableDb, input: ParsedInput<'search:highlights'>): MethodOutput<'search:highlights'> {
  const query = parseSearchQuery(input.query);
  const row = statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').get(input.documentId) as { text: string } | undefined;
  if (!row) throw new ApiError('not_found', `There is no document with id ${input.documentId}.`);
  const ranges = findMatches(row.text, query.terms, input.limit + 1);
  return { ranges: ranges.slice(0, input.limit), truncated: ranges.length > input.limit };
}
