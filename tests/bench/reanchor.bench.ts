/**
 * `npm run bench -- reanchor [--kb 1000] [--annotations 2000] [--edits 60]`: re-anchoring
 * after a document's text changed. Builds a text of about --kb KB from the sample article
 * and generated reports (so quotes repeat, as in real reporting), places --annotations
 * anchors on random word spans, applies --edits scattered edits (insertions, deletions,
 * changed words) plus a paragraph inserted at the top, then re-anchors every annotation
 * the way a re-import does. Prints time per annotation, statuses, and accuracy against the
 * truth known from the edits: an annotation no edit touched must land on exactly its
 * words; one an edit touched must be fuzzy, moved onto the same words, or orphaned —
 * never silently misplaced.
 */
import { readFileSync } from 'node:fs';
import { positionMapper, TextAnchorer, type AnchorResult } from '../../electron/services/annotations/anchor.ts';
import { describeSpan } from '../../electron/services/annotations/text-quote.ts';
import { newsText } from '../helpers/news-text.ts';
import { fmt, percentile, printTable, timeMs } from './bench-helpers.ts';

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

/** A deterministic pseudo-random generator (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export async function run(args: string[]): Promise<number> {
  const kb = option(args, 'kb', 1000);
  const count = option(args, 'annotations', 2000);
  const editCount = option(args, 'edits', 60);
  const rand = random(42);
  const article = readFileSync(new URL('../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < kb * 1024; i++) {
    const part = i % 5 === 0 ? article : newsText(i);
    parts.push(part);
    length += part.length + 2;
  }
  const text = parts.join('\n\n');

  // Anchors on random spans of 2–8 words.
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const anchors = Array.from({ length: count }, () => {
    const first = Math.floor(rand() * (words.length - 10));
    const last = first + 1 + Math.floor(rand() * 7);
    return describeSpan(text, words[first]!.start, words[last]!.end);
  });

  // Scattered edits, applied from the end so earlier offsets hold; then a paragraph on top.
  const edits: Edit[] = Array.from({ length: editCount }, () => {
    const word = words[Math.floor(rand() * words.length)]!;
    const kind = rand();
    return kind < 0.34
      ? { at: word.start, remove: 0, insert: 'reportedly ' }
      : kind < 0.67
        ? { at: word.start, remove: word.end - word.start + 1, insert: '' }
        : { at: word.start, remove: word.end - word.start, insert: 'several' };
  })
    .sort((a, b) => b.at - a.at)
    .filter((e, i, all) => i === 0 || e.at + e.remove < all[i - 1]!.at);
  let edited = text;
  for (const edit of edits) edited = edited.slice(0, edit.at) + edit.insert + edited.slice(edit.at + edit.remove);
  const header = 'Editor’s note: this compilation was corrected and re-published.\n\n';
  edited = header + edited;
  const shift = (offset: number): number => offset + header.length + edits.filter((e) => e.at + e.remove <= offset).reduce((sum, e) => sum + e.insert.length - e.remove, 0);
  const touched = (a: { start: number; end: number }): boolean => edits.some((e) => e.at < a.end && e.at + e.remove >= a.start);

  const [mapper, diffMs] = timeMs(() => positionMapper(text, edited));
  const anchorer = new TextAnchorer(edited);
  const repeated = (quote: string): boolean => {
    const first = text.indexOf(quote);
    return first !== -1 && text.indexOf(quote, first + 1) !== -1;
  };
  const times: number[] = [];
  const results: AnchorResult[] = [];
  const [, total] = timeMs(() => {
    for (const anchor of anchors) {
      const [result, ms] = timeMs(() => anchorer.anchor(anchor, mapper(anchor.start), { trustedHint: true, repeatedBefore: repeated(anchor.exact) }));
      results.push(result);
      times.push(ms);
    }
  });

  const slowest = times.indexOf(Math.max(...times));
  if (process.env['DEBUG_BENCH']) console.log('slowest', JSON.stringify(results[slowest]), JSON.stringify(anchors[slowest]!.exact));
  const statuses = { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  let untouched = 0;
  let untouchedExact = 0;
  let touchedCount = 0;
  let misplaced = 0;
  results.forEach((result, i) => {
    statuses[result.status]++;
    const anchor = anchors[i]!;
    if (!touched(anchor)) {
      untouched++;
      if (result.status !== 'orphaned' && result.start === shift(anchor.start) && edited.slice(result.start, result.end) === anchor.exact) untouchedExact++;
      else if (process.env['DEBUG_BENCH']) console.log('untouched', JSON.stringify(result), shift(anchor.start), JSON.stringify(anchor.exact), JSON.stringify(anchor.prefix), JSON.stringify(anchor.suffix));
    } else {
      touchedCount++;
      // Touched by an edit: anything but fuzzy/orphaned must still be exactly its words at its place.
      if ((result.status === 'anchored' || result.status === 'moved') && !(edited.slice(result.start, result.end) === anchor.exact && Math.abs(result.start - shift(anchor.start)) < 40)) {
        misplaced++;
        if (process.env['DEBUG_BENCH']) console.log('touched', JSON.stringify(result), shift(anchor.start), JSON.stringify(anchor.exact), JSON.stringify(edited.slice(result.start, result.end)));
      }
    }
  });

  console.log(`Re-anchoring ${count} annotations in ${fmt(text.length / 1024, 0)} KB of text after ${edits.length} scattered edits and a paragraph inserted on top`);
  printTable('time', [
    ['measure', 'value'],
    ['diff of the two texts (ms)', fmt(diffMs)],
    ['re-anchoring, total (ms)', fmt(total)],
    ['per annotation, median (ms)', fmt(percentile(times, 50), 3)],
    ['per annotation, p95 (ms)', fmt(percentile(times, 95), 3)],
    ['per annotation, max (ms)', fmt(Math.max(...times), 1)],
  ]);
  printTable('statuses', [['status', 'annotations'], ...Object.entries(statuses)]);
  printTable('accuracy (truth from the edits)', [
    ['annotations', 'count', 'result'],
    ['untouched by any edit', untouched, `${untouchedExact} on exactly their words (${fmt((100 * untouchedExact) / Math.max(1, untouched))} %)`],
    ['touched by an edit', touchedCount, `${misplaced} misplaced while reported anchored/moved`],
  ]);
  return untouchedExact === untouched && misplaced === 0 ? 0 : 1;
}
