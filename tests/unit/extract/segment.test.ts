import { describe, expect, it } from 'vitest';
import { en } from '../../../electron/services/extract/lang/en.ts';
import { MAX_SENTENCE, segmentSentences } from '../../../electron/services/extract/segment.ts';
import { tokenize } from '../../../electron/services/extract/tokenize.ts';

describe('sentences and tokens', () => {
  it('splits sentences with offsets, keeping abbreviations, initials, decimals and footnotes in place', () => {
    const text = 'Title line\n\nGen. Smith said 1.2 million fled.[3] The U.S. sent aid. Lines end\nhere too.';
    const sentences = segmentSentences(text, en);
    expect(sentences.map((s) => s.text)).toEqual(['Title line', 'Gen. Smith said 1.2 million fled.[3]', 'The U.S. sent aid.', 'Lines end', 'here too.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[0]!.heading).toBe(true);
    expect(sentences[1]!.paragraph).toBe(1);
  });

  it('cuts text without punctuation into bounded pieces', () => {
    const text = 'word, '.repeat(5000);
    const sentences = segmentSentences(text, en);
    expect(sentences.length).toBeGreaterThan(8);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('tokenises words with inner apostrophes and hyphens, numbers with separators, codes and ordinals', () => {
    const tokens = tokenize("Ma'arrat al-Nu'man: 5,450 M4 F-16 13th twenty-three 8–9,000", 10);
    expect(tokens.map((t) => `${t.text}/${t.kind}`)).toEqual([
      "Ma'arrat/word",
      "al-Nu'man/word",
      ':/punct',
      '5,450/number',
      'M4/code',
      'F-16/code',
      '13th/ordinal',
      'twenty-three/word',
      '8/number',
      '–/punct',
      '9,000/number',
    ]);
    expect(tokens[0]!.start).toBe(10);
  });
});
