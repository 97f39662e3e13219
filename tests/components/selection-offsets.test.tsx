import { describe, expect, it } from 'vitest';
import { offsetsToRange, rangeToOffsets } from '../../renderer/features/annotations/selection-offsets.ts';

const TEXT = 'First paragraph here.\n\nSecond paragraph, with قال المرصد inside.\n\nThird.';

/** The reader's structure: one block per paragraph, each one text node with its offsets, a page marker between. */
function reader(): HTMLElement {
  const root = document.createElement('div');
  const blocks: [number, number][] = [];
  let at = 0;
  for (const paragraph of TEXT.split('\n\n')) {
    blocks.push([at, at + paragraph.length]);
    at += paragraph.length + 2;
  }
  blocks.forEach(([start, end], i) => {
    if (i === 2) {
      const marker = document.createElement('div');
      marker.textContent = 'Page 2';
      root.append(marker);
    }
    const p = document.createElement('p');
    p.dataset['start'] = String(start);
    p.dataset['end'] = String(end);
    p.append(document.createTextNode(TEXT.slice(start, end)));
    root.append(p);
  });
  document.body.replaceChildren(root);
  return root;
}

function range(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

describe('reader selections and text offsets', () => {
  it('maps a selection inside one paragraph, Arabic included', () => {
    const root = reader();
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    const local = second.textContent!.indexOf('المرصد');
    const offsets = rangeToOffsets(root, range(second, local, second, local + 'المرص'.length));
    expect(offsets).not.toBeNull();
    expect(TEXT.slice(offsets!.start, offsets!.end)).toBe('المرص');
  });

  it('maps a selection across paragraphs and a page marker', () => {
    const root = reader();
    const [p1, , p3] = Array.from(root.querySelectorAll('p'));
    const offsets = rangeToOffsets(root, range(p1!.firstChild!, 6, p3!.firstChild!, 5));
    expect(TEXT.slice(offsets!.start, offsets!.end)).toBe('paragraph here.\n\nSecond paragraph, with قال المرصد inside.\n\nThird');
  });

  it('snaps ends that fall outside the text (on a page marker) to the nearest paragraph edge', () => {
    const root = reader();
    const marker = root.querySelector('div')!;
    const p2 = root.querySelectorAll('p')[1]!;
    const offsets = rangeToOffsets(root, range(p2.firstChild!, 0, marker.firstChild!, 3));
    expect(TEXT.slice(offsets!.start, offsets!.end)).toBe('Second paragraph, with قال المرصد inside.');
    const fromMarker = rangeToOffsets(root, range(marker.firstChild!, 2, root.querySelectorAll('p')[2]!.firstChild!, 3));
    expect(TEXT.slice(fromMarker!.start, fromMarker!.end)).toBe('Thi');
  });

  it('ignores empty selections and selections outside the reader', () => {
    const root = reader();
    const p1 = root.querySelector('p')!.firstChild!;
    expect(rangeToOffsets(root, range(p1, 3, p1, 3))).toBeNull();
    const outside = document.createElement('span');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    expect(rangeToOffsets(root, range(outside.firstChild!, 0, outside.firstChild!, 4))).toBeNull();
  });

  it('turns text offsets back into a DOM range over the rendered text', () => {
    const root = reader();
    const start = TEXT.indexOf('here');
    const end = TEXT.indexOf('Second') + 6;
    const r = offsetsToRange(root, start, end)!;
    expect(rangeToOffsets(root, r)).toEqual({ start, end });
  });
});
