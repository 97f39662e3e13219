import { describe, expect, it } from 'vitest';
import { blockIndexAt, layoutBlocks, pageAt } from '../../../renderer/features/documents/text-layout.ts';

describe('reader text layout', () => {
  it('cuts paragraphs at blank lines, keeping their exact offsets into the text', () => {
    const text = 'First paragraph,\nsecond line.\n\n\nSecond paragraph.\n\nالفقرة الثالثة.';
    const blocks = layoutBlocks(text, [0]);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First paragraph,\nsecond line.', 'Second paragraph.', 'الفقرة الثالثة.']);
    expect(blocks.every((b) => b.pageStart === null)).toBe(true);
  });

  it('starts a block at every page and marks it with its page number', () => {
    const text = 'Page one text.\n\nPage two, first.\n\nPage two, second.\n\nPage three.';
    const pages = [0, 16, 52];
    const blocks = layoutBlocks(text, pages);
    expect(blocks.map((b) => [text.slice(b.start, b.end), b.pageStart])).toEqual([
      ['Page one text.', 1],
      ['Page two, first.', 2],
      ['Page two, second.', null],
      ['Page three.', 3],
    ]);
    expect(pageAt(pages, text.indexOf('second'))).toBe(2);
    expect(pageAt([0], 5)).toBeNull();
  });

  it('splits very long paragraphs at line ends or spaces, never inside a word, and finds blocks by offset', () => {
    const text = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const blocks = layoutBlocks(text, [0]);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks.slice(1)) expect(text[block.start - 1]).toBe(' ');
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBe(blocks[i - 1]!.end);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    const at = text.indexOf('word800');
    const found = blocks[blockIndexAt(blocks, at)]!;
    expect(found.start <= at && at < found.end).toBe(true);
  });
});
