/**
 * Between the reader's DOM and the document's text offsets. The reader renders the text
 * as blocks (`[data-start][data-end]`, one text node each, holding exactly
 * text.slice(start, end)), so a DOM position maps to a text offset by its block's start
 * plus the offset inside the text node — no re-reading of the rendered text, which the
 * browser may have laid out right to left.
 */

const BLOCK = '[data-start][data-end]';

function blockOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return (element?.closest(BLOCK) as HTMLElement | null) ?? null;
}

function bounds(block: HTMLElement): { start: number; end: number } {
  return { start: Number(block.dataset['start']), end: Number(block.dataset['end']) };
}

/**
 * The text offset of a DOM boundary point inside `root`; a point between blocks (a page
 * marker, the gap after a paragraph) snaps to the nearest block edge in `direction`.
 */
export function offsetAt(root: HTMLElement, node: Node, offset: number, direction: 'start' | 'end'): number | null {
  const block = blockOf(node);
  if (block && root.contains(block)) {
    const { start, end } = bounds(block);
    if (node.nodeType === Node.TEXT_NODE) return Math.min(end, start + offset);
    // A point inside the block element but not its text: before or after the text node.
    return offset === 0 ? start : end;
  }
  // Outside any block: take the first block after the point (for a start) or the last before it (for an end).
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCK));
  const probe = document.createRange();
  probe.setStart(node, offset);
  if (direction === 'start') {
    const next = blocks.find((b) => probe.comparePoint(b, 0) >= 0);
    return next ? bounds(next).start : null;
  }
  const previous = [...blocks].reverse().find((b) => probe.comparePoint(b, b.childNodes.length) <= 0);
  return previous ? bounds(previous).end : null;
}

/** The text span a DOM range covers inside `root`, or null when it covers no text of it. */
export function rangeToOffsets(root: HTMLElement, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null;
  const start = offsetAt(root, range.startContainer, range.startOffset, 'start');
  const end = offsetAt(root, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** A DOM range over the text span [start, end) as rendered in `root` (blocks not rendered are skipped). */
export function offsetsToRange(root: HTMLElement, start: number, end: number): Range | null {
  const blocks = Array.from(root.querySelectorAll<HTMLElement>(BLOCK)).filter((b) => {
    const bb = bounds(b);
    return bb.end > start && bb.start < end;
  });
  const first = blocks[0];
  const last = blocks.at(-1);
  const firstText = first?.firstChild;
  const lastText = last?.firstChild;
  if (!first || !last || !firstText || !lastText) return null;
  const range = document.createRange();
  range.setStart(firstText, Math.max(0, start - bounds(first).start));
  range.setEnd(lastText, Math.min(lastText.textContent!.length, end - bounds(last).start));
  return range;
}
