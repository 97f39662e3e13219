import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { positionMapper, TextAnchorer, type AnchorResult } from '../../../electron/services/annotations/anchor.ts';
import { describeSpan, type TextAnchor } from '../../../electron/services/annotations/text-quote.ts';

const ARTICLE = readFileSync(new URL('../../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8');
const QUOTE = 'more than 75 armoured vehicles';

/** The selectors of the n-th occurrence (0-based) of `quote` in `text`. */
function anchorOn(text: string, quote: string, occurrence = 0): TextAnchor {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at === -1) throw new Error(`"${quote}" occurs fewer than ${occurrence + 1} times`);
  }
  return describeSpan(text, at, at + quote.length);
}

/** Anchors `anchor` (made on `oldText`) in `newText` the way a re-import does. */
function reanchor(oldText: string, newText: string, anchor: TextAnchor): AnchorResult {
  return new TextAnchorer(newText).anchor(anchor, positionMapper(oldText, newText)(anchor.start));
}

function found(newText: string, result: AnchorResult): string {
  if (result.status === 'orphaned') throw new Error(`orphaned: ${result.reason}`);
  return newText.slice(result.start, result.end);
}

describe('anchoring: unchanged and moved text', () => {
  it('keeps an anchor whose text did not change', () => {
    const anchor = anchorOn(ARTICLE, QUOTE);
    const result = reanchor(ARTICLE, ARTICLE, anchor);
    expect(result).toMatchObject({ status: 'anchored', method: 'position', start: anchor.start, end: anchor.end });
  });

  it('follows a paragraph inserted above', () => {
    const edited = ARTICLE.replace('\n\nTurkey sent', '\n\nA new paragraph, added by the editors, about armoured vehicles in general.\n\nTurkey sent');
    const anchor = anchorOn(ARTICLE, QUOTE);
    const result = reanchor(ARTICLE, edited, anchor);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(QUOTE);
    expect(result).toMatchObject({ start: edited.indexOf(QUOTE) });
  });

  it('follows text deleted above', () => {
    const edited = ARTICLE.replace(/Middle East Monitor cited[^\n]*\n\n/, '');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(QUOTE);
  });

  it('stays put when the text changes only below it', () => {
    const edited = ARTICLE.replace('over 11,500 Turkish soldiers', 'over 11,600 Turkish soldiers');
    const anchor = anchorOn(ARTICLE, QUOTE);
    expect(reanchor(ARTICLE, edited, anchor)).toMatchObject({ status: 'anchored', start: anchor.start });
  });

  it('follows words inserted right before it and changed context on both sides', () => {
    const edited = ARTICLE.replace('The columns consisted of more than 75 armoured vehicles carrying', 'According to witnesses, the convoy comprised more than 75 armoured vehicles, carrying');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(QUOTE);
  });

  it('works without a position hint (an annotation from another version of the text)', () => {
    const edited = 'Editor’s note: figures were updated.\n\n' + ARTICLE;
    const anchor = anchorOn(ARTICLE, QUOTE);
    const result = new TextAnchorer(edited).anchor(anchor);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(QUOTE);
  });
});

describe('anchoring: repeated quotes', () => {
  const REPEATED = 'the SOHR said';

  it('picks the repeat whose context matches, not the first one', () => {
    const anchor = anchorOn(ARTICLE, 'SOHR said', 1);
    const edited = 'Summary: the SOHR said many things.\n\n' + ARTICLE;
    const result = reanchor(ARTICLE, edited, anchor);
    expect(result.status).toBe('moved');
    expect(result).toMatchObject({ start: anchor.start + 'Summary: the SOHR said many things.\n\n'.length });
  });

  it('does not take another repeat that the edit moved onto the old position', () => {
    // Two short, identical sentences; text is inserted so that the first one lands exactly
    // where the second one was.
    const text = 'Alpha one. The SOHR said so. Beta two. The SOHR said so. Gamma three.';
    const anchor = anchorOn(text, 'The SOHR said so', 1);
    const shift = anchor.start - text.indexOf('The SOHR said so');
    const edited = 'x'.repeat(shift) + text;
    const result = reanchor(text, edited, anchor);
    expect(result).toMatchObject({ status: 'moved', start: anchor.start + shift });
  });

  it('marks a repeated quote whose context matches nowhere as fuzzy, not silently moved', () => {
    const text = 'Intro text here. 75 vehicles arrived. More text follows. 75 vehicles left. The end.';
    const anchor = anchorOn(text, '75 vehicles', 0);
    const rewritten = 'Totally different words, 75 vehicles. Other words entirely now, 75 vehicles. Fin.';
    const result = new TextAnchorer(rewritten).anchor(anchor);
    expect(result.status).toBe('fuzzy');
    expect(found(rewritten, result)).toBe('75 vehicles');
  });

  it('finds the right one of many identical quotes by context', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} says: ${REPEATED} that ${i * 7} vehicles crossed.`);
    const text = paragraphs.join('\n');
    const anchor = anchorOn(text, REPEATED, 31);
    const edited = paragraphs.slice(0, 10).join('\n') + '\n' + paragraphs.slice(12).join('\n');
    const result = reanchor(text, edited, anchor);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(REPEATED);
    expect(result.status !== 'orphaned' && edited.slice(result.start - 9, result.start)).toBe('31 says: ');
  });
});

describe('anchoring after a re-import (a diff gives the position)', () => {
  const reanchorTrusted = (oldText: string, newText: string, anchor: TextAnchor): AnchorResult => {
    const repeated = oldText.indexOf(anchor.exact) !== oldText.lastIndexOf(anchor.exact);
    return new TextAnchorer(newText).anchor(anchor, positionMapper(oldText, newText)(anchor.start), { trustedHint: true, repeatedBefore: repeated });
  };
  const filler = ' Other reporting followed over the next days, with many details about logistics and the weather.'.repeat(3);
  const text = `First, the SOHR said on Tuesday that convoys crossed.${filler}\n\nLater, the SOHR said on Tuesday that convoys crossed.${filler}`;

  it('keeps an edited repeated phrase at its place (fuzzy) instead of jumping to the other repeat', () => {
    const anchor = anchorOn(text, 'SOHR said on Tuesday that convoys', 0);
    const edited = text.replace('First, the SOHR said on Tuesday that convoys', 'First, the SOHR said on Monday that convoys');
    const result = reanchorTrusted(text, edited, anchor);
    expect(result).toMatchObject({ status: 'fuzzy', start: anchor.start });
    expect(found(edited, result)).toBe('SOHR said on Monday that convoys');
    // Without the diff's position, the other repeat would look like the words, moved.
    expect(new TextAnchorer(edited).anchor(anchor).status).not.toBe('orphaned');
  });

  it('flags as fuzzy a repeated phrase that disappeared from its place', () => {
    const anchor = anchorOn(text, 'SOHR said on Tuesday', 0);
    const edited = text.replace('First, the SOHR said on Tuesday that convoys crossed.', 'First, nothing was said.');
    const result = reanchorTrusted(text, edited, anchor);
    expect(result.status).toBe('fuzzy');
  });

  it('still reports a unique paragraph that moved as moved', () => {
    const a = 'Alpha paragraph about the border crossing at Bab al-Hawa, busy all week.';
    const b = 'Beta paragraph about airstrikes near Saraqib on the M5 highway, reported by several outlets.';
    const old = `${a}\n\n${b}\n\n${'Filler text to put distance between paragraphs. '.repeat(5)}`;
    const moved = `${b}\n\n${'Filler text to put distance between paragraphs. '.repeat(5)}\n\n${a}`;
    const result = reanchorTrusted(old, moved, anchorOn(old, 'Bab al-Hawa, busy all week'));
    expect(result.status).toBe('moved');
    expect(found(moved, result)).toBe('Bab al-Hawa, busy all week');
  });
});

describe('anchoring: changed text inside the anchor', () => {
  it('finds a quote with a changed figure as fuzzy', () => {
    const edited = ARTICLE.replace(QUOTE, 'more than 80 armoured vehicles');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result).toMatchObject({ status: 'fuzzy', method: 'fuzzy' });
    expect(found(edited, result)).toBe('more than 80 armoured vehicles');
  });

  it('finds a quote with a word deleted inside it as fuzzy', () => {
    const edited = ARTICLE.replace(QUOTE, 'more than 75 vehicles');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result.status).toBe('fuzzy');
    expect(found(edited, result)).toBe('more than 75 vehicles');
  });

  it('finds a quote with words inserted inside it as fuzzy', () => {
    const edited = ARTICLE.replace(QUOTE, 'more than 75 heavily armoured vehicles');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result.status).toBe('fuzzy');
    expect(found(edited, result)).toBe('more than 75 heavily armoured vehicles');
  });

  it('finds a rewritten quote by its unchanged context, as fuzzy', () => {
    const edited = ARTICLE.replace(QUOTE, 'at least eighty military trucks');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result).toMatchObject({ status: 'fuzzy', method: 'context' });
    expect(found(edited, result)).toBe('at least eighty military trucks');
  });

  it('orphans a quote that was deleted with its sentence, and says why', () => {
    const sentence = 'The columns consisted of more than 75 armoured vehicles carrying logistical and military equipment, the SOHR said.';
    const edited = ARTICLE.replace(' ' + sentence, '');
    expect(edited).not.toContain('75 armoured');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result).toMatchObject({ status: 'orphaned' });
    expect(result.status === 'orphaned' && result.reason).toContain(QUOTE);
  });

  it('orphans a quote deleted between unchanged context rather than anchoring it to nothing', () => {
    const edited = ARTICLE.replace(QUOTE + ' ', '');
    const result = reanchor(ARTICLE, edited, anchorOn(ARTICLE, QUOTE));
    expect(result.status).toBe('orphaned');
  });

  it('puts a replaced short quote on its replacement only when the context on both sides agrees', () => {
    const text = 'On Monday they counted 75 vehicles on the road to Idlib.';
    const replaced = new TextAnchorer('On Monday they counted many vehicles on the road to Idlib.');
    const result = replaced.anchor(anchorOn(text, '75'));
    expect(result).toMatchObject({ status: 'fuzzy', method: 'context' });
    expect(found(replaced.text, result)).toBe('many');
    const rewritten = new TextAnchorer('Observers saw many vehicles near the border town on Tuesday.');
    expect(rewritten.anchor(anchorOn(text, '75')).status).toBe('orphaned');
  });

  it('does not accept a weak approximate match of a long quote in unrelated text', () => {
    const anchor = anchorOn(ARTICLE, 'Joint military patrols by Russia and Turkey in Idlib were suspended last week');
    const unrelated = 'The weather in Ankara was sunny last week, and markets in Istanbul were calm. '.repeat(20);
    expect(new TextAnchorer(unrelated).anchor(anchor).status).toBe('orphaned');
  });
});

describe('anchoring: re-extraction details', () => {
  it('sees through reflowed whitespace and typographic quotes as the same words', () => {
    const anchor = anchorOn(ARTICLE, 'arrived in the “de-escalation zone” since February');
    const reflowed = ARTICLE.replace('arrived in the “de-escalation zone” since February', 'arrived in the\n"de-escalation  zone"\nsince February');
    const result = reanchor(ARTICLE, reflowed, anchor);
    expect(result).toMatchObject({ status: 'moved', method: 'normalized' });
    expect(found(reflowed, result)).toBe('arrived in the\n"de-escalation  zone"\nsince February');
  });

  it('sees through soft hyphens and letter case', () => {
    const anchor = anchorOn(ARTICLE, 'Kafr Losin crossing');
    const edited = ARTICLE.replace('Kafr Losin crossing', 'KAFR LO\u00adSIN crossing');
    const result = reanchor(ARTICLE, edited, anchor);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe('KAFR LO\u00adSIN crossing');
  });
});

describe('anchoring: Arabic text', () => {
  const ARABIC =
    'قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إنه رصد دخول خمسة أرتال عسكرية تركية جديدة عبر معبر كفرلوسين شمال إدلب. ' +
    'وضمت الأرتال أكثر من ٧٥ آلية مدرعة تحمل معدات لوجستية وعسكرية، بحسب المرصد.';
  const PART = 'أكثر من ٧٥ آلية مدرعة';

  it('keeps part of an Arabic sentence, down to part of a word', () => {
    const partOfWord = anchorOn(ARABIC, 'المرص'); // "المرصد" cut inside the word
    expect(reanchor(ARABIC, ARABIC, partOfWord)).toMatchObject({ status: 'anchored', start: partOfWord.start });
  });

  it('follows an Arabic quote when a paragraph is inserted above', () => {
    const edited = 'تحديث: أضيفت معلومات جديدة من المرصد.\n\n' + ARABIC;
    const result = reanchor(ARABIC, edited, anchorOn(ARABIC, PART));
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe(PART);
  });

  it('sees through diacritics, tatweel and Arabic-Indic digits of a new extraction', () => {
    const vocalised = ARABIC.replace(PART, 'أَكْثَرَ مِنْ 75 آلِيّـة مُدَرَّعَة');
    const result = reanchor(ARABIC, vocalised, anchorOn(ARABIC, PART));
    expect(result).toMatchObject({ status: 'moved', method: 'normalized' });
    expect(found(vocalised, result)).toBe('أَكْثَرَ مِنْ 75 آلِيّـة مُدَرَّعَة');
  });

  it('anchors an Arabic sentence crossing a Latin name and digits', () => {
    const mixed = 'وقال رامي عبد الرحمن (Rami Abdulrahman) إن 5,450 آلية دخلت منذ بداية الهدنة.';
    const anchor = anchorOn(mixed, 'عبد الرحمن (Rami Abdulrahman) إن 5,450 آلية');
    const edited = 'مقدمة قصيرة.\n' + mixed.replace('5,450', '5.450');
    const result = reanchor(mixed, edited, anchor);
    expect(result.status).toBe('fuzzy');
    expect(found(edited, result)).toBe('عبد الرحمن (Rami Abdulrahman) إن 5.450 آلية');
  });

  it('orphans an Arabic quote that is gone', () => {
    const edited = ARABIC.replace('وضمت الأرتال أكثر من ٧٥ آلية مدرعة تحمل معدات لوجستية وعسكرية، بحسب المرصد.', '');
    expect(reanchor(ARABIC, edited, anchorOn(ARABIC, PART)).status).toBe('orphaned');
  });
});

describe('anchoring: characters outside the Basic Multilingual Plane', () => {
  it('keeps surrogate pairs whole when text with emoji moves', () => {
    const text = 'Convoy 🚚🚚 of 75 vehicles 𝐀𝐁 entered.';
    const anchor = anchorOn(text, '🚚 of 75 vehicles 𝐀');
    const edited = '😀 ' + text;
    const result = reanchor(text, edited, anchor);
    expect(result.status).toBe('moved');
    expect(found(edited, result)).toBe('🚚 of 75 vehicles 𝐀');
  });

  it('does not cut a surrogate pair when matching approximately', () => {
    const text = 'Convoy 🚚 of seventy five vehicles 𝐀𝐁 entered the town.';
    const anchor = anchorOn(text, '🚚 of seventy five vehicles 𝐀');
    const edited = text.replace('seventy five', 'seventy-six');
    const result = reanchor(text, edited, anchor);
    expect(result.status).toBe('fuzzy');
    const quote = found(edited, result);
    expect(quote).toContain('seventy-six vehicles');
    expect(quote).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });
});

describe('positionMapper', () => {
  it('keeps offsets before an edit, shifts those after it, and maps deleted text to where it was', () => {
    const map = positionMapper('aaaaXXbbbb', 'aaaaYYYYbbbb');
    expect(map(2)).toBe(2);
    expect(map(4)).toBe(4);
    expect(map(5)).toBe(4);
    expect(map(6)).toBe(8);
    expect(map(10)).toBe(12);
  });

  it('follows each of several scattered edits', () => {
    const old = ARTICLE;
    const edited = 'Top.\n\n' + ARTICLE.replace('six convoys', 'seven convoys').replace('more than 16 raids', 'some raids').replace('Joint military patrols', 'Joint patrols');
    const map = positionMapper(old, edited);
    for (const quote of ['Middle East Monitor cited', QUOTE, 'Kafr Losin', 'by Russia and Turkey', 'this period.']) {
      expect(edited.slice(map(old.indexOf(quote)), map(old.indexOf(quote)) + quote.length)).toBe(quote);
    }
  });

  it('handles identical and empty texts', () => {
    expect(positionMapper('same', 'same')(3)).toBe(3);
    expect(positionMapper('', 'new text')(0)).toBe(0);
    expect(positionMapper('old text', '')(3)).toBe(0);
  });
});
