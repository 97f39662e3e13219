/**
 * Sentences with their offsets (UTF-16 code units into the document text). A line break
 * always ends a sentence (headlines, list items and table rows are units of their own);
 * inside a line a full stop, question or exclamation mark ends one unless it belongs to
 * an abbreviation, an initial or a decimal number.
 */
import type { LanguagePack } from './lang/language-pack.ts';

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (block of lines separated by a blank line). */
  readonly paragraph: number;
  /** A heading line: Markdown "#", or a short line without final punctuation. */
  readonly heading: boolean;
}

// A full stop may carry footnote markers ("losses.[3][4] However").
const SENTENCE_END = /[.!?]+(?:\[\d+\])*["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

export function segmentSentences(text: string, lang: LanguagePack): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  let blank = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') {
      if (!blank && out.length > 0) paragraph++;
      blank = true;
    } else {
      blank = false;
      const heading = /^\s*#{1,6}\s/.test(line) || (line.trim().length < 90 && !/[.!?:;,"”]\s*$/.test(line.trim()) && !/^\s*[-*•]\s/.test(line));
      let from = 0;
      SENTENCE_END.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = SENTENCE_END.exec(line))) {
        const stop = match.index + match[0].length;
        const before = line.slice(from, match.index);
        const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
        if (match[0].startsWith('.') && (lang.abbreviations.has(lastWord.replace(/\.$/, '')) || /^\p{L}$/u.test(lastWord))) continue;
        push(out, text, lineStart + from, lineStart + stop, paragraph, heading);
        from = stop;
      }
      push(out, text, lineStart + from, lineEnd, paragraph, heading);
    }
    if (lineEnd === text.length) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Longer "sentences" (tables, text without punctuation) are cut at a ";", "," or space, so work per sentence stays bounded. */
export const MAX_SENTENCE = 3000;

function push(out: Sentence[], text: string, start: number, end: number, paragraph: number, heading: boolean): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return;
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const cut = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' '));
    const stop = cut > MAX_SENTENCE / 2 ? start + cut + 1 : start + MAX_SENTENCE;
    push(out, text, start, stop, paragraph, heading);
    start = stop;
    while (start < end && /\s/.test(text[start]!)) start++;
  }
  if (end <= start) return;
  out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph, heading });
}
