/** A short text (a title, a snippet) with hit ranges in <mark>: for lists only, never the reader's text. */
import type { TextRange } from './text-layout.ts';

export function HighlightedText({ text, offset = 0, ranges }: { text: string; offset?: number; ranges: TextRange[] }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const range of ranges) {
    const start = Math.max(at, range.start - offset);
    const end = Math.min(text.length, range.end - offset);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <>
      {parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
