import { describe, expect, it } from 'vitest';
import { englishSourceLabel, englishUnitLabel } from '../../../shared/domain/arabic-labels.ts';
import { ARABIC_PLACE_NAMES } from '../../../electron/services/extract/lang/ar/ar-place-names.ts';
import { tokenizeArabic } from '../../../electron/services/extract/lang/ar/ar-tokens.ts';
import { extract, gazetteer } from './extract-helpers.ts';

const figure = (text: string, published = '2024-03-12'): string[] =>
  extract(text, published)
    .claims.filter((c) => c.quantity)
    .map((c) => {
      const q = c.quantity!;
      const n = q.qualifier === 'range' ? `${q.min}-${q.max}` : q.qualifier === 'vague' ? `${q.min}+` : String(q.value);
      return `${q.qualifier} ${n} ${q.unit}`;
    });

describe('Arabic extraction', () => {
  it('reads Arabic-Indic and Persian digits with the Arabic separators', () => {
    const t = tokenizeArabic('١٢٬٥٠٠ و٣٫٥ و۱۲۳');
    expect(t.filter((x) => x.kind === 'number').map((x) => x.value)).toEqual([12500, 3.5, 123]);
    expect(figure('نزحت ١٢٬٥٠٠ عائلة.')).toEqual(['exact 12500 عائلة']);
  });

  it('reads number words, scales, ranges and vague amounts', () => {
    expect(figure('قُتل سبعة وعشرون مدنياً.')).toEqual(['exact 27 مدنياً']);
    expect(figure('أصيب الإحدى عشرة امرأة.')).toEqual(['exact 11 امرأة']);
    expect(figure('دمرت ثلاثمئة وخمسون منزلاً.')).toEqual(['exact 350 منزلاً']);
    expect(figure('قتل ثلاثة أو أربعة جنود.')).toEqual(['range 3-4 جنود']);
    expect(figure('نزح 120 ألفاً من السكان.')).toEqual(['exact 120000 السكان']);
    expect(figure('يحتاج ثلاثة ملايين شخص إلى المساعدة.')).toEqual(['exact 3000000 شخص']);
    expect(figure('فر نصف مليون شخص.')).toEqual(['exact 500000 شخص']);
    expect(figure('فر بين ٤ آلاف و٥ آلاف مدني.')).toEqual(['range 4000-5000 مدني']);
    expect(figure('قتل عشرات المدنيين وفر آلاف السكان وعشرات الآلاف من النازحين.')).toEqual([
      'vague 10+ المدنيين',
      'vague 1000+ السكان',
      'vague 10000+ النازحين',
    ]);
  });

  it('reads the qualifiers before and after the figure', () => {
    expect(figure('قتل أكثر من ٥٠ شخصاً.')).toEqual(['more_than 50 شخصاً']);
    expect(figure('قتل نحو ٥٠ شخصاً.')).toEqual(['about 50 شخصاً']);
    expect(figure('قتل حوالي ٥٠ شخصاً.')).toEqual(['about 50 شخصاً']);
    expect(figure('قتل قرابة ٥٠ شخصاً.')).toEqual(['about 50 شخصاً']);
    expect(figure('قتل ما لا يقل عن ٥٠ شخصاً.')).toEqual(['at_least 50 شخصاً']);
    expect(figure('قتل أقل من ٥٠ شخصاً.')).toEqual(['fewer_than 50 شخصاً']);
    expect(figure('وأفادت اللجنة بأن عدد الجرحى تجاوز ٣٠ شخصاً.')).toEqual(['more_than 30 شخصاً']);
    expect(figure('نزح نحو مليوني شخص.')).toEqual(['about 2000000 شخص']);
    expect(figure('قتل ٥٠ شخصاً على الأقل.')).toEqual(['at_least 50 شخصاً']);
  });

  it('leaves out what is not a count: years, times, durations, distances, percentages, labels, weekdays', () => {
    expect(figure('دمرت الحرب المدينة عام ٢٠١٤.')).toEqual([]);
    expect(figure('وقع الانفجار الساعة ١٨:٣٠.')).toEqual([]);
    expect(figure('استمر الحصار ١٢ شهراً على بعد ٥ كيلومترات.')).toEqual([]);
    expect(figure('تضرر ٨٠ بالمئة من المنازل.')).toEqual([]);
    expect(figure('صدر القرار 2334 يوم الاثنين.')).toEqual([]);
  });

  it('resolves relative dates and Levantine month names against the publication date', () => {
    const when = (text: string): [string, string] | null => {
      const c = extract(text, '2024-05-16').claims[0];
      return c?.when ? [c.when.start, c.when.end] : null;
    };
    expect(when('قتل ٥ أشخاص يوم الثلاثاء.')).toEqual(['2024-05-14', '2024-05-14']);
    expect(when('قتل ٥ أشخاص أمس.')).toEqual(['2024-05-15', '2024-05-15']);
    expect(when('قتل ٥ أشخاص الأسبوع الماضي.')).toEqual(['2024-05-06', '2024-05-12']);
    expect(when('نزح ٥٠٠ شخص منذ بداية آب/أغسطس.')).toEqual(['2023-08-01', '2024-05-16']);
    expect(when('نزح ٥٠٠ شخص في ٣ نيسان.')).toEqual(['2024-04-03', '2024-04-03']);
    expect(when('نزح ٥٠٠ شخص في ١٢ كانون الثاني ٢٠٢٣.')).toEqual(['2023-01-12', '2023-01-12']);
    expect(when('نزح ٥٠٠ شخص منذ بداية العام.')).toEqual(['2024-01-01', '2024-05-16']);
  });

  it('attributes figures to the source after the verb, after بحسب/وفقاً لـ, and through a relay', () => {
    const src = (text: string): string => {
      const c = extract(text, '2024-05-16').claims[0]!;
      return [c.source?.name ?? '-', ...c.via.map((v) => `via ${v.name}`)].join(' ');
    };
    expect(src('وثّق المرصد السوري لحقوق الإنسان مقتل ١٢ مدنياً.')).toBe('المرصد السوري لحقوق الإنسان');
    expect(src('بحسب الأمم المتحدة، نزح ٥٠٠ شخص.')).toBe('الأمم المتحدة');
    expect(src('وفقاً لـ منظمة الصحة العالمية، أصيب ٤٠ شخصاً.')).toBe('منظمة الصحة العالمية');
    expect(src('ووفقاً للأمم المتحدة، أصيب ٤٠ شخصاً.')).toBe('الأمم المتحدة');
    expect(src('نقلت وكالة رويترز عن مسؤول محلي أن ٤٠ شخصاً قتلوا.')).toBe('مسؤول محلي via وكالة رويترز');
    expect(src('ذكرت قناة الجزيرة نقلاً عن مصادر طبية أن ٤٠ شخصاً قتلوا.')).toBe('مصادر طبية via قناة الجزيرة');
    expect(src('وقال مسؤول في الدائرة لوكالة فرانس برس إن ثمانية أطفال أصيبوا.')).toBe('مسؤول في الدائرة via وكالة فرانس برس');
    expect(src('ويقدر برنامج الأمم المتحدة الإنمائي أن نحو ٨ آلاف منزل تضررت.')).toBe('برنامج الأمم المتحدة الإنمائي');
    const doc = extract('قال المرصد السوري إن ٥ مدنيين قتلوا. وأضاف المرصد أن ١٢ آخرين أصيبوا.', '2024-05-16');
    expect(doc.claims.map((c) => c.source?.name)).toEqual(['المرصد السوري', 'المرصد السوري']);
    expect(doc.claims[0]!.source!.aliases).toEqual(['Syrian Observatory for Human Rights']);
    // The claim keeps the Arabic sentence.
    expect(doc.claims[0]!.text).toBe('قال المرصد السوري إن ٥ مدنيين قتلوا.');
  });

  it('matches Arabic place names to the gazetteer, with proclitics and the curated press spellings', () => {
    const places = (text: string): string[] => extract(text, '2024-05-16').claims[0]!.places.map((p) => p.place.entry?.name ?? '?');
    expect(places('قتل ٥ أشخاص في إدلب.')).toEqual(['Idlib']);
    expect(places('قتل ٥ أشخاص بحلب.')).toEqual(['Aleppo']);
    expect(places('نزح ٥٠٠ شخص من مدينة الفاشر.')).toEqual(['El Fasher']);
    expect(places('وصلت ١٥ شاحنة إلى الخرطوم.')).toEqual(['Khartoum']);
    // A place word alone is not a place (المدينة is not Medina), a neighbourhood's name is not a namesake city.
    expect(places('أزالت الفرق ٥٠٠ عبوة من المدينة القديمة في الموصل.')).toEqual(['Mosul']);
    expect(places('قتل ٢٢ مدنياً في حي دار السلام في أم درمان.')).toEqual(['Omdurman']);
    for (const english of new Set(ARABIC_PLACE_NAMES.values())) expect(gazetteer.lookup(english).length, english).toBeGreaterThan(0);
  });

  it('reads Arabic written in presentation forms (as PDF text layers often are)', () => {
    // "قتل ٥ أشخاص" in isolated/final/initial forms (U+FExx), as a PDF may extract it.
    const presentation = 'ﻗﺘﻞ ٥ ﺃﺷﺨﺎﺹ.';
    expect(presentation.normalize('NFKC')).toBe('قتل ٥ أشخاص.');
    expect(figure(presentation)).toEqual(['exact 5 ﺃﺷﺨﺎﺹ']);
  });

  it('reads a document mixing English and Arabic sentence by sentence', () => {
    const doc = extract('Reuters said 12 soldiers were killed in Idlib.\nقال المرصد السوري إن ٧٥ آلية عسكرية دخلت إدلب.', '2020-08-20');
    expect(doc.claims.map((c) => `${c.quantity?.value} ${c.quantity?.unit} ${c.source?.name}`)).toEqual(['12 soldiers Reuters', '75 آلية عسكرية المرصد السوري']);
  });

  it('gives English labels for Arabic units and sources (for the grid)', () => {
    expect(englishUnitLabel('آلية عسكرية')).toBe('vehicles');
    expect(englishUnitLabel('المدنيين')).toBe('civilians');
    expect(englishUnitLabel('convoys')).toBeNull();
    expect(englishSourceLabel('وزارة الصحة في غزة')).toBe('Ministry of Health');
    expect(englishSourceLabel('للمرصد السوري لحقوق الإنسان')).toBe('Syrian Observatory for Human Rights');
  });
});
