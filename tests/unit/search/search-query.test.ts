import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../electron/services/search/search-query.ts';

describe('search query parsing', () => {
  it('turns words, phrases, prefixes, OR, NOT and parentheses into a quoted FTS5 expression', () => {
    expect(parseSearchQuery('convoys Idlib').match).toBe('("convoys" AND "idlib")');
    expect(parseSearchQuery('"observation points"').match).toBe('"observation points"');
    expect(parseSearchQuery('conv*').match).toBe('"conv"*');
    expect(parseSearchQuery('SOHR OR observatory').match).toBe('("sohr" OR "observatory")');
    expect(parseSearchQuery('convoys -rumour NOT hoax').match).toBe('("convoys" NOT "rumour" NOT "hoax")');
    expect(parseSearchQuery('(tanks OR artillery) Idlib').match).toBe('(("tanks" OR "artillery") AND "idlib")');
  });

  it('folds query words like the index (Arabic letter forms, digits, accents)', () => {
    expect(parseSearchQuery('المَرْصَد ٧٥ Erdoğan').match).toBe(parseSearchQuery('المرصد 75 erdogan').match);
  });

  it('splits the Arabic article off and widens a bare Arabic word with و and ف', () => {
    expect(parseSearchQuery('المرصد').match).toBe('"ال مرصد"');
    expect(parseSearchQuery('مرصد').match).toBe('("مرصد" OR "ومرصد" OR "فمرصد")');
    expect(parseSearchQuery('"قال المرصد"').match).toBe('("قال ال مرصد" OR "وقال ال مرصد" OR "فقال ال مرصد")');
    expect(parseSearchQuery('مرص*').match).toBe('("مرص"* OR "ومرص"* OR "فمرص"*)');
  });

  it('makes words that fold into several tokens a phrase, and ignores punctuation-only input', () => {
    expect(parseSearchQuery('al-Assad 5,450').match).toBe('("al assad" AND "5 450")');
    expect(parseSearchQuery('convoys — !').match).toBe('"convoys"');
  });

  it('neutralises FTS5 syntax typed by the user', () => {
    expect(parseSearchQuery('title:convoys NEAR(a b) ^start').match).toBe('("title convoys" AND "near" AND ("a" AND "b") AND "start")');
  });

  it('refuses malformed queries with a clear message', () => {
    expect(() => parseSearchQuery('"unclosed phrase')).toThrow(/opening quotation mark without a closing one/);
    expect(() => parseSearchQuery('(tanks OR artillery')).toThrow(/opening parenthesis without a closing one/);
    expect(() => parseSearchQuery('tanks)')).toThrow(/closing parenthesis without an opening one/);
    expect(() => parseSearchQuery('-rumour')).toThrow(/cannot consist only of words to leave out/);
    expect(() => parseSearchQuery('tanks OR')).toThrow(/OR needs something to look for on both sides/);
    expect(() => parseSearchQuery('   ')).toThrow(/Type a word to search for/);
    expect(() => parseSearchQuery('!!! ???')).toThrow(/Type a word to search for/);
  });

  it('lists the terms a hit should highlight, not the excluded ones', () => {
    expect(parseSearchQuery('"armoured vehicles" conv* -rumour').terms).toEqual([
      { words: ['armoured', 'vehicles'], prefix: false },
      { words: ['conv'], prefix: true },
    ]);
  });
});
