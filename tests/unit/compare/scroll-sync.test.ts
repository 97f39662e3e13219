import { describe, expect, it } from 'vitest';
import { mapOffset, monotoneAnchors } from '../../../renderer/features/compare/scroll-sync.ts';

describe('scroll alignment', () => {
  it('keeps anchors that go forward on both sides, from start to end', () => {
    const anchors = monotoneAnchors([{ a: 100, b: 300 }, { a: 200, b: 50 }, { a: 400, b: 500 }], 1000, 800);
    expect(anchors).toEqual([{ a: 0, b: 0 }, { a: 100, b: 300 }, { a: 400, b: 500 }, { a: 1000, b: 800 }]);
  });

  it('maps offsets linearly between anchors, both ways', () => {
    const anchors = monotoneAnchors([{ a: 100, b: 300 }, { a: 400, b: 500 }], 1000, 800);
    expect(mapOffset(anchors, 50, 'a')).toBe(150);
    expect(mapOffset(anchors, 250, 'a')).toBe(400);
    expect(mapOffset(anchors, 700, 'a')).toBe(650);
    expect(mapOffset(anchors, 400, 'b')).toBe(250);
    expect(mapOffset(anchors, 5000, 'a')).toBe(800);
  });
});
