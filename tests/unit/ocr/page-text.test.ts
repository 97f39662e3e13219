import { describe, expect, it } from 'vitest';
import type { RecognizedPage } from '../../../electron/services/ocr/ocr-pool.ts';
import { LOW_CONFIDENCE, pageText } from '../../../electron/services/ocr/page-text.ts';

const words = (text: string, confidence = 95) => text.split(' ').map((t) => ({ text: t, confidence }));

describe('the text of an OCRed page', () => {
  it('joins words, lines and paragraphs and knows where each marked word is', () => {
    const page: RecognizedPage = {
      confidence: 88,
      paragraphs: [
        { lines: [{ words: words('The columns consisted') }, { words: [...words('of more than'), { text: 'T5', confidence: 41 }] }] },
        { lines: [{ words: [{ text: 'armoured', confidence: LOW_CONFIDENCE - 1 }, ...words('vehicles carrying logis-')] }, { words: words('tical equipment.') }] },
      ],
    };
    const result = pageText(page);
    // Lines of a paragraph are layout: joined by a space, a hyphenated word joined again.
    expect(result.text).toBe('The columns consisted of more than T5\n\narmoured vehicles carrying logistical equipment.');
    expect(result.confidence).toBe(88);
    expect(result.lowConfidence.map(([s, e, c]) => [result.text.slice(s, e), c])).toEqual([
      ['T5', 41],
      ['armoured', LOW_CONFIDENCE - 1],
    ]);
    expect(result.repaired).toEqual([]);
  });

  it('drops bidi marks and empty words, repairs look-alike digits and marks them', () => {
    const page: RecognizedPage = {
      confidence: 91,
      paragraphs: [
        {
          lines: [
            { words: [...words('قال المرصد إن'), { text: '\u200eVO\u200f', confidence: 69 }, ...words('آلية عسكرية')] },
            { words: [{ text: ' ', confidence: 10 }] },
          ],
        },
        { lines: [{ words: words('وأفاد المرصد بمقتل 12 مدنياً') }, { words: words('في القصف.') }] },
      ],
    };
    const result = pageText(page);
    expect(result.text).toBe('قال المرصد إن ٧٥ آلية عسكرية\n\nوأفاد المرصد بمقتل 12 مدنياً في القصف.');
    expect(result.repaired.map(([s, e]) => result.text.slice(s, e))).toEqual(['٧٥']);
    expect(result.lowConfidence.map(([s, e]) => result.text.slice(s, e))).toEqual(['٧٥']);
  });

  it('starts a paragraph where a blank gap separates two lines tesseract put in one paragraph', () => {
    const line = (text: string, top: number) => ({ words: words(text), top, bottom: top + 20 });
    const page: RecognizedPage = {
      confidence: 95,
      paragraphs: [{ lines: [line('Turkey sends convoys', 0), line('(Updated with SOHR figures)', 40), line('Turkey sent reinforcements', 80), line('into Idlib.', 110)] }],
    };
    expect(pageText(page).text).toBe('Turkey sends convoys\n\n(Updated with SOHR figures)\n\nTurkey sent reinforcements into Idlib.');
  });

  it('has no confidence when nothing was read', () => {
    expect(pageText({ confidence: 0, paragraphs: [] })).toEqual({ text: '', confidence: null, lowConfidence: [], repaired: [] });
  });
});
