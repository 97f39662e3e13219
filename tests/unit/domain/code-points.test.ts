import { describe, expect, it } from 'vitest';
import { codePointLength, fromCodePointOffsets, snapBack, snapForward, splitsSurrogatePair, toCodePointOffsets } from '../../../shared/domain/code-points.ts';

describe('UTF-16 and code-point offsets', () => {
  const text = 'a😀b𝐀𝐁 c'; // a, 😀 (2 units), b, 𝐀 (2), 𝐁 (2), space, c

  it('are the same for text inside the Basic Multilingual Plane (Arabic included)', () => {
    const arabic = 'قال المرصد السوري';
    expect(toCodePointOffsets(arabic, [0, 4, arabic.length])).toEqual([0, 4, arabic.length]);
    expect(fromCodePointOffsets(arabic, [0, 4, arabic.length])).toEqual([0, 4, arabic.length]);
  });

  it('count an astral character once in code points and twice in UTF-16', () => {
    expect(text.length).toBe(10);
    expect(codePointLength(text)).toBe(7);
    expect(toCodePointOffsets(text, [0, 1, 3, 4, 6, 8, 10])).toEqual([0, 1, 2, 3, 4, 5, 7]);
    expect(fromCodePointOffsets(text, [0, 1, 2, 3, 4, 5, 7])).toEqual([0, 1, 3, 4, 6, 8, 10]);
  });

  it('round-trip in any order', () => {
    const units = [8, 0, 4, 10, 3];
    expect(fromCodePointOffsets(text, toCodePointOffsets(text, units))).toEqual(units);
  });

  it('refuse offsets outside the text', () => {
    expect(() => toCodePointOffsets(text, [11])).toThrow(RangeError);
    expect(() => fromCodePointOffsets(text, [8])).toThrow(/beyond the end/);
    expect(() => fromCodePointOffsets(text, [-1])).toThrow(RangeError);
  });

  it('snap offsets that fall inside a surrogate pair', () => {
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(splitsSurrogatePair(text, 3)).toBe(false);
    expect(snapBack(text, 2)).toBe(1);
    expect(snapForward(text, 2)).toBe(3);
    expect(snapBack(text, 4)).toBe(4);
  });
});
