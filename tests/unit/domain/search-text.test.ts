import { describe, expect, it } from 'vitest';
import { searchText, searchWords } from '../../../shared/domain/search-text.ts';

describe('search text folding', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(searchText('Recep Tayyip ERDOĞAN, ﬁnal Ｉｄｌｉｂ résumé')).toBe('recep tayyip erdogan final idlib resume');
  });

  it('folds Arabic diacritics, tatweel, hamza/alef forms, taa marbuta and alif maqsura', () => {
    const folded = (text: string): string => searchText(text);
    expect(folded('المَرْصَدُ')).toBe(folded('المرصد')); // tashkeel
    expect(folded('المـــرصد')).toBe(folded('المرصد')); // tatweel
    expect(folded('أحمد')).toBe(folded('احمد'));
    expect(folded('إدلب')).toBe(folded('ادلب'));
    expect(folded('آلاف')).toBe(folded('الاف'));
    expect(folded('مدينة')).toBe(folded('مدينه'));
    expect(folded('مستشفى')).toBe(folded('مستشفي'));
    expect(folded('مسؤول')).toBe(folded('مسوول'));
  });

  it('reads Arabic-Indic and Persian digits as 0–9', () => {
    expect(searchText('٧٥ مدرعة')).toBe(searchText('75 مدرعه'));
    expect(searchText('۱۲۳')).toBe('123');
  });

  it('keeps the original span of every word, so hits are cut from the original text', () => {
    const text = 'قالَ المَرْصَدُ: ٧٥ آلية — Erdoğan.';
    const words = searchWords(text);
    // The article is its own token; both tokens keep the whole word's span.
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['قالَ', 'المَرْصَدُ', 'المَرْصَدُ', '٧٥', 'آلية', 'Erdoğan']);
    expect(words.map((w) => w.word)).toEqual(searchText(text).split(' '));
  });

  it('handles surrogate pairs and decomposed accents without shifting offsets', () => {
    const text = '😀 Cafe\u0301 𝐁𝐨𝐥𝐝 end';
    const words = searchWords(text);
    expect(words.map((w) => [w.word, text.slice(w.start, w.end)])).toEqual([
      ['cafe', 'Cafe\u0301'],
      ['bold', '𝐁𝐨𝐥𝐝'],
      ['end', 'end'],
    ]);
  });
});
