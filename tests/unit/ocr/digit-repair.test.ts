import { describe, expect, it } from 'vitest';
import { arabicContext, repairArabicDigits, repairDigitToken } from '../../../electron/services/ocr/digit-repair.ts';

const line = (text: string) => text.split(' ');

describe('Arabic-Indic digits read as Latin look-alikes', () => {
  it('repairs "VO" (٧٥ as tesseract read it) in an Arabic sentence', () => {
    const words = line('قال المرصد إن VO آلية عسكرية دخلت');
    expect(repairArabicDigits(words)).toEqual([3]);
    expect(words.join(' ')).toBe('قال المرصد إن ٧٥ آلية عسكرية دخلت');
  });

  it('keeps punctuation around the number and maps separators', () => {
    expect(repairDigitToken('(VO)')).toBe('(٧٥)');
    expect(repairDigitToken('VO،')).toBe('٧٥،');
    expect(repairDigitToken('١,VOO')).toBe('١٬٧٥٥');
    expect(repairDigitToken('٧O')).toBe('٧٥');
  });

  it('leaves Western digits, Latin words and mixed-in Arabic-Indic digits alone', () => {
    const words = line('وأفاد المرصد بمقتل 12 مدنياً من SOHR و AI في 2020');
    expect(repairArabicDigits(words)).toEqual([]);
    expect(repairDigitToken('٧٥')).toBeNull(); // already Arabic-Indic: nothing to repair
    expect(repairDigitToken('VOTE')).toBeNull();
    expect(repairDigitToken('AI')).toBeNull(); // no V/O shape and no Arabic-Indic digit
    expect(repairDigitToken('75')).toBeNull();
  });

  it('never touches a Latin line', () => {
    const words = line('The VO group said 75 vehicles crossed');
    expect(repairArabicDigits(words)).toEqual([]);
    expect(arabicContext(words, 1)).toBe(false);
  });

  it('needs the rest of the line to be Arabic, not only the token', () => {
    expect(arabicContext(line('VO'), 0)).toBe(false);
    expect(arabicContext(line('في VO'), 1)).toBe(false); // two Arabic letters are not a context
    expect(arabicContext(line('دخلت VO آلية'), 1)).toBe(true);
  });
});
