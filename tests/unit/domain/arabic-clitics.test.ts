import { describe, expect, it } from 'vitest';
import { conjunctionForms, splitProclitics } from '../../../shared/domain/arabic-clitics.ts';
import { searchText } from '../../../shared/domain/search-text.ts';

describe('Arabic proclitics in search', () => {
  it('splits the article and the proclitics before it, in every written form', () => {
    expect(searchText('المرصد')).toBe('ال مرصد');
    expect(searchText('والمرصد')).toBe('و ال مرصد');
    expect(searchText('فالمرصد')).toBe('ف ال مرصد');
    expect(searchText('بالمرصد')).toBe('ب ال مرصد');
    expect(searchText('كالمرصد')).toBe('ك ال مرصد');
    expect(searchText('وبالمرصد')).toBe('و ب ال مرصد');
    expect(searchText('للمرصد')).toBe('ل ال مرصد');
    expect(searchText('وللمرصد')).toBe('و ل ال مرصد');
    expect(searchText('والمَرْصَدُ')).toBe('و ال مرصد'); // after folding
  });

  it('leaves words that merely begin with those letters whole', () => {
    for (const word of ['الذي', 'التي', 'إلى', 'إليه', 'ألف', 'ألفاً', 'آلاف', 'الله', 'والله', 'لله', 'الآن', 'إلا']) {
      expect(searchText(word).split(' ')).toHaveLength(1);
    }
    // A bare word after و/ب/ك/ل is never split in the index: وزير، بيت، كبير، لبنان.
    for (const word of ['وزير', 'بيت', 'كبير', 'لبنان', 'فرد']) expect(splitProclitics(searchText(word))).toEqual([searchText(word)]);
    // A stem keeps at least two letters: "الم" (pain) is not ال + م.
    expect(splitProclitics('الم')).toEqual(['الم']);
    expect(splitProclitics('convoys')).toEqual(['convoys']);
  });

  it('widens only Arabic words of three letters or more with و and ف', () => {
    expect(conjunctionForms('قال')).toEqual(['قال', 'وقال', 'فقال']);
    expect(conjunctionForms('قد')).toEqual(['قد']);
    expect(conjunctionForms('ال')).toEqual(['ال']);
    expect(conjunctionForms('said')).toEqual(['said']);
  });
});
