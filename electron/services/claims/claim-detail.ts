/** One claim in full for the detail panel: its sentence in its paragraph, and its history. */
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { recordHistory } from '../casefile/change-log.ts';
import { claimRows } from './claim-rows.ts';

type Excerpt = { text: string; start: number; end: number };

/** The line (paragraph) around [start, end): imported text keeps one paragraph per line. */
export function paragraphAround(text: string, start: number, end: number): Excerpt {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { text: text.slice(from, to), start: from, end: to };
}

/** The sentence around [start, end) within its paragraph: from after the last full stop before it to the next after it. */
export function sentenceAround(paragraph: Excerpt, start: number, end: number): Excerpt {
  const stop = /[.!?؟]["'”’)\]]?\s+/g;
  let from = paragraph.start;
  let to = paragraph.end;
  for (const match of paragraph.text.matchAll(stop)) {
    const at = paragraph.start + match.index;
    const after = at + match[0].length;
    if (after <= start) from = after;
    else if (at >= end - 1) {
      to = at + match[0].trimEnd().length;
      break;
    }
  }
  const text = (paragraph.text.slice(from - paragraph.start, to - paragraph.start));
  return { text, start: from, end: from + text.length };
}

export function claimDetail(db: ReadableDb, id: string): MethodOutput<'claims:get'> {
  const [claim] = claimRows(db, [id]);
  if (!claim) throw new ApiError('not_found', `No claim with id ${id}.`);
  const deleted = statement(db, 'SELECT deleted_at IS NOT NULL FROM claims WHERE id = ?').pluck().get(id) === 1;
  let sentence: Excerpt | null = null;
  let paragraph: Excerpt | null = null;
  if (claim.documentId && claim.spanStart !== null && claim.spanEnd !== null) {
    const text = statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').pluck().get(claim.documentId) as string | undefined;
    if (text !== undefined && claim.spanEnd <= text.length) {
      paragraph = paragraphAround(text, claim.spanStart, claim.spanEnd);
      sentence = sentenceAround(paragraph, claim.spanStart, claim.spanEnd);
    }
  }
  const history = recordHistory(db, 'claims', id).map((c) => ({ ...c, table: 'claims' }));
  if (claim.sourceId) {
    // Grading the source (reliability) is part of every one of its claims' story.
    for (const change of recordHistory(db, 'sources', claim.sourceId)) {
      if (change.op !== 'insert' && change.after && 'reliability' in change.after) history.push({ ...change, table: 'sources' });
    }
    history.sort((a, b) => (a.at === b.at ? a.id.localeCompare(b.id) : a.at.localeCompare(b.at)));
  }
  return {
    claim,
    deleted,
    sentence,
    paragraph,
    history: history.map((c) => ({ id: c.id, at: c.at, actor: c.actor, op: c.op, before: c.before, after: c.after, summary: c.summary, table: c.table })),
  };
}
