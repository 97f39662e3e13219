import { describe, expect, it } from 'vitest';
import { foldString, foldText } from '../../../electron/services/annotations/fold-text.ts';

describe('folding text for re-anchoring', () => {
  it('folds whitespace runs, quotes, dashes, case and accents', () => {
    expect(foldString('The  “De-escalation”\n\tZone — Café')).toBe('the "de-escalation" zone - cafe');
  });

  it('drops soft hyphens, invisible marks, tatweel and Arabic diacritics', () => {
    expect(foldString('arm\u00adoured\u200b')).toBe('armoured');
    expect(foldString('آلِيّـة مُدَرَّعَة')).toBe(foldString('آلية مدرعة'));
    expect(foldString('أكثر إلى آلية')).toBe('اكثر الي اليه');
  });

  it('reads Arabic-Indic and Persian digits as ASCII digits', () => {
    expect(foldString('٧٥ و ۱۲')).toBe('75 و 12');
  });

  it('maps every folded character back to the original text', () => {
    const text = 'A  b\u0651c 😀 d';
    const folded = foldText(text);
    expect(folded.text).toBe('a bc 😀 d');
    // "b" carries the shadda that followed it.
    const b = folded.text.indexOf('b');
    expect(text.slice(folded.starts[b], folded.ends[b])).toBe('b\u0651');
    // The space stands for both spaces.
    expect(text.slice(folded.starts[1], folded.ends[1])).toBe('  ');
    const emoji = folded.text.indexOf('😀');
    expect(text.slice(folded.starts[emoji], folded.ends[emoji + 1])).toBe('😀');
    expect(folded.starts).toHaveLength(folded.text.length);
  });
});
