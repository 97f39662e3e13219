/**
 * Scrolling two texts together by what they share: the shared passages (in order) and the
 * paired claims give anchor points (offset in A ↔ offset in B); between anchors an offset
 * maps proportionally. The DOM helpers read the reader's blocks (`[data-block]` with
 * `data-start`/`data-end`) to turn a scroll position into a text offset and back.
 */

export interface Anchor {
  a: number;
  b: number;
}

/** Anchors sorted by A, keeping only those that also go forward in B (a crossing anchor would jerk the other pane back). */
export function monotoneAnchors(points: Anchor[], lengthA: number, lengthB: number): Anchor[] {
  const sorted = [{ a: 0, b: 0 }, ...points.filter((p) => p.a >= 0 && p.b >= 0 && p.a <= lengthA && p.b <= lengthB).sort((x, y) => x.a - y.a || x.b - y.b)];
  const out: Anchor[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (!last || (p.a >= last.a && p.b >= last.b)) out.push(p);
  }
  const last = out[out.length - 1]!;
  if (last.a < lengthA || last.b < lengthB) out.push({ a: lengthA, b: lengthB });
  return out;
}

/** Maps an offset of one side to the other through the anchors (linear between them). */
export function mapOffset(anchors: Anchor[], offset: number, from: 'a' | 'b'): number {
  const to = from === 'a' ? 'b' : 'a';
  if (anchors.length === 0) return offset;
  let low = 0;
  let high = anchors.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (anchors[mid]![from] <= offset) low = mid;
    else high = mid - 1;
  }
  const left = anchors[low]!;
  const right = anchors[Math.min(low + 1, anchors.length - 1)]!;
  const span = right[from] - left[from];
  if (span <= 0) return left[to];
  return left[to] + ((offset - left[from]) / span) * (right[to] - left[to]);
}

function blocksOf(scroller: HTMLElement): HTMLElement[] {
  return Array.from(scroller.querySelectorAll<HTMLElement>('[data-block]'));
}

/** Content y (from the top of the scrolled content) of an element's top, and its height. */
function contentBox(scroller: HTMLElement, element: HTMLElement): { top: number; height: number } {
  const rect = element.getBoundingClientRect();
  return { top: rect.top - scroller.getBoundingClientRect().top + scroller.scrollTop, height: rect.height };
}

/**
 * The last of the blocks (in document order) for which `before` holds, by binary search;
 * the first block when it holds for none. `before` must hold for a prefix of the blocks.
 */
function lastBlockWhere(blocks: HTMLElement[], before: (block: HTMLElement) => boolean): HTMLElement {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (before(blocks[mid]!)) low = mid;
    else high = mid - 1;
  }
  return blocks[low]!;
}

/** The text offset shown at content height y. */
export function offsetAtY(scroller: HTMLElement, y: number): number | null {
  const blocks = blocksOf(scroller);
  if (blocks.length === 0) return null;
  const block = lastBlockWhere(blocks, (b) => contentBox(scroller, b).top <= y);
  const box = contentBox(scroller, block);
  const start = Number(block.dataset['start']);
  const end = Number(block.dataset['end']);
  const fraction = box.height > 0 ? Math.min(1, Math.max(0, (y - box.top) / box.height)) : 0;
  return start + fraction * (end - start);
}

/** The content height at which a text offset is shown. */
export function yOfOffset(scroller: HTMLElement, offset: number): number | null {
  const blocks = blocksOf(scroller);
  if (blocks.length === 0) return null;
  const block = lastBlockWhere(blocks, (b) => Number(b.dataset['start']) <= offset);
  const box = contentBox(scroller, block);
  const start = Number(block.dataset['start']);
  const end = Number(block.dataset['end']);
  const fraction = end > start ? Math.min(1, Math.max(0, (offset - start) / (end - start))) : 0;
  return box.top + fraction * box.height;
}
