/**
 * How a document's text is cut into blocks for display. Blocks keep their offsets into the
 * text (UTF-16, the coordinate system of claims and annotations), so anything that points
 * into the text — a search hit, a claim, an annotation — can be found on screen, and the
 * text itself is never changed or split inside a word.
 */
export interface TextBlock {
  start: number;
  end: number;
  /** Set on the first block of each page (1-based) when the document has pages. */
  pageStart: number | null;
}

export interface TextRange {
  start: number;
  end: number;
}

/** Paragraphs are separated by blank lines; very long ones are cut at line ends so the page stays light. */
const LONG_BLOCK = 4000;

function pushBlock(blocks: TextBlock[], text: string, start: number, end: number): void {
  // Leading and trailing line breaks belong to no block: a block holds visible text only.
  while (start < end && (text[start] === '\n' || text[start] === '\r')) start++;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  if (end <= start) return;
  if (end - start <= LONG_BLOCK) {
    blocks.push({ start, end, pageStart: null });
    return;
  }
  let at = start;
  while (at < end) {
    let cut = Math.min(end, at + LONG_BLOCK);
    if (cut < end) {
      const newline = text.lastIndexOf('\n', cut);
      const space = text.lastIndexOf(' ', cut);
      // Cut after a line end or a space, so every block starts with a word.
      cut = newline > at + LONG_BLOCK / 2 ? newline + 1 : space > at + LONG_BLOCK / 2 ? space + 1 : cut;
    }
    blocks.push({ start: at, end: cut, pageStart: null });
    at = cut;
  }
}

export function layoutBlocks(text: string, pages: number[]): TextBlock[] {
  const paged = pages.length > 1;
  const boundaries = paged ? [...pages.slice(1), text.length] : [text.length];
  const blocks: TextBlock[] = [];
  let pageStart = paged ? pages[0]! : 0;
  boundaries.forEach((pageEnd, pageIndex) => {
    const first = blocks.length;
    const separator = /\n[ \t]*\n/g;
    separator.lastIndex = pageStart;
    let at = pageStart;
    for (let match = separator.exec(text); match && match.index < pageEnd; match = separator.exec(text)) {
      pushBlock(blocks, text, at, match.index);
      at = match.index + match[0].length;
    }
    pushBlock(blocks, text, at, pageEnd);
    if (paged) {
      if (blocks.length === first) blocks.push({ start: pageStart, end: pageStart, pageStart: null }); // an empty page still shows its marker
      blocks[first]!.pageStart = pageIndex + 1;
    }
    pageStart = pageEnd;
  });
  return blocks;
}

/** The index of the block containing (or following) `offset`. */
export function blockIndexAt(blocks: TextBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (blocks[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low);
}

/** The page (1-based) an offset falls on, or null for unpaged text. */
export function pageAt(pages: number[], offset: number): number | null {
  if (pages.length <= 1) return null;
  let page = 1;
  for (let i = 0; i < pages.length; i++) if (pages[i]! <= offset) page = i + 1;
  return page;
}
