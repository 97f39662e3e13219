/**
 * Arabic vocabulary of the extractor: number words, scales, vague amounts, qualifiers,
 * months (Gulf/Egyptian and Levantine names), weekdays, attribution cues, words that are
 * not counted things. Every entry is written FOLDED (arFold in ar-tokens.ts: no tashkeel,
 * bare alef, ة → ه, ى → ي, ئ → ي, ؤ → و), which is how tokens are compared.
 */
import type { Qualifier } from '../../../../../shared/domain/claim-types.ts';

const list = (text: string): Set<string> => new Set(text.trim().split(/\s+/));

/** Number words → value; the parser sums them ("سبعة وعشرين" = 7 + 20, "احدى عشرة" = 1 + 10). */
export const NUMBER_WORDS = new Map<string, number>();
const addNumbers = (value: number, words: string): void => {
  for (const w of words.trim().split(/\s+/)) NUMBER_WORDS.set(w, value);
};
addNumbers(1, 'واحد واحده احد احدي');
addNumbers(2, 'اثنان اثنين اثنتان اثنتين اثنا اثني');
addNumbers(3, 'ثلاث ثلاثه');
addNumbers(4, 'اربع اربعه');
addNumbers(5, 'خمس خمسه');
addNumbers(6, 'ست سته');
addNumbers(7, 'سبع سبعه');
addNumbers(8, 'ثمان ثماني ثمانيه');
addNumbers(9, 'تسع تسعه');
addNumbers(10, 'عشر عشره');
addNumbers(20, 'عشرون عشرين');
addNumbers(30, 'ثلاثون ثلاثين');
addNumbers(40, 'اربعون اربعين');
addNumbers(50, 'خمسون خمسين');
addNumbers(60, 'ستون ستين');
addNumbers(70, 'سبعون سبعين');
addNumbers(80, 'ثمانون ثمانين');
addNumbers(90, 'تسعون تسعين');
addNumbers(100, 'ميه مايه');
addNumbers(200, 'ميتان ميتين مايتان مايتين');
['ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].forEach((unit, i) => addNumbers((i + 3) * 100, `${unit}ميه ${unit}مايه`));

/** Written after a number (or alone: one of them): "120 ألفاً", "ثلاثة ملايين", "ألفين" (two thousand). */
export const SCALES = new Map<string, { scale: number; times: number }>();
const addScale = (scale: number, times: number, words: string): void => {
  for (const w of words.trim().split(/\s+/)) SCALES.set(w, { scale, times });
};
addScale(1000, 1, 'الف الفا الاف الوف');
addScale(1000, 2, 'الفان الفين الفي');
addScale(1e6, 1, 'مليون مليونا ملايين');
addScale(1e6, 2, 'مليونان مليونين مليوني');
addScale(1e9, 1, 'مليار مليارا مليارات بليون');
addScale(1e9, 2, 'مليارين ملياران');

/** "نصف مليون" → 0.5 × 1e6. */
export const FRACTIONS = new Map<string, number>([['نصف', 0.5], ['ربع', 0.25]]);

/** Vague amounts: the minimum they state (like the English pack's "hundreds" = 100). */
export const VAGUE: readonly { words: string[]; min: number }[] = [
  { words: ['عشرات', 'الاف'], min: 1e4 },
  { words: ['عشرات', 'الالاف'], min: 1e4 },
  { words: ['ميات', 'الاف'], min: 1e5 },
  { words: ['ميات', 'الالاف'], min: 1e5 },
  { words: ['مايات', 'الاف'], min: 1e5 },
  { words: ['مايات', 'الالاف'], min: 1e5 },
  { words: ['عشرات', 'الملايين'], min: 1e7 },
  { words: ['بضعه', 'الاف'], min: 2000 },
  { words: ['بضع', 'الاف'], min: 2000 },
  { words: ['عده', 'الاف'], min: 2000 },
  { words: ['بضع', 'ميات'], min: 200 },
  { words: ['بضعه', 'ميات'], min: 200 },
  { words: ['عده', 'ميات'], min: 200 },
  { words: ['بضع', 'عشرات'], min: 20 },
  { words: ['عشرات'], min: 10 },
  { words: ['ميات'], min: 100 },
  { words: ['مايات'], min: 100 },
  { words: ['الاف'], min: 1000 },
  { words: ['الوف'], min: 1000 },
  { words: ['ملايين'], min: 1e6 },
];

/** Qualifiers before a number, longest first. */
export const QUALIFIERS: readonly { words: string[]; value: Qualifier }[] = [
  { words: ['ما', 'لا', 'يقل', 'عن'], value: 'at_least' },
  { words: ['ما', 'لا', 'يقل', 'علي'], value: 'at_least' },
  { words: ['ما', 'لا', 'يزيد', 'عن'], value: 'at_most' },
  { words: ['ما', 'لا', 'يزيد', 'علي'], value: 'at_most' },
  { words: ['لا', 'يقل', 'عن'], value: 'at_least' },
  { words: ['لا', 'يقل', 'علي'], value: 'at_least' },
  { words: ['لا', 'يزيد', 'عن'], value: 'at_most' },
  { words: ['ما', 'يزيد', 'عن'], value: 'more_than' },
  { words: ['ما', 'يزيد', 'علي'], value: 'more_than' },
  { words: ['ما', 'يربو', 'علي'], value: 'more_than' },
  { words: ['ما', 'يقرب', 'من'], value: 'about' },
  { words: ['ما', 'يقارب'], value: 'about' },
  { words: ['ما', 'يصل', 'الي'], value: 'at_most' },
  { words: ['اكثر', 'من'], value: 'more_than' },
  { words: ['يزيد', 'عن'], value: 'more_than' },
  { words: ['يزيد', 'علي'], value: 'more_than' },
  { words: ['اقل', 'من'], value: 'fewer_than' },
  { words: ['الاقل'], value: 'at_least' }, // "على الأقل" before the number
  // "تجاوز عدد الجرحى ٣٠", "عدد الجرحى تجاوز ٣٠": exceeded.
  { words: ['تجاوز'], value: 'more_than' },
  { words: ['تجاوزت'], value: 'more_than' },
  { words: ['يتجاوز'], value: 'more_than' },
  { words: ['فاق'], value: 'more_than' },
  { words: ['يفوق'], value: 'more_than' },
  { words: ['نحو'], value: 'about' },
  { words: ['حوالي'], value: 'about' },
  { words: ['قرابه'], value: 'about' },
  { words: ['زهاء'], value: 'about' },
  { words: ['يقارب'], value: 'about' },
];

/** Qualifiers AFTER the figure: "50 شخصاً على الأقل", "200 عائلة تقريباً". */
export const TRAILING_QUALIFIERS: readonly { words: string[]; value: Qualifier }[] = [
  { words: ['علي', 'الاقل'], value: 'at_least' },
  { words: ['تقريبا'], value: 'about' },
  { words: ['علي', 'الاكثر'], value: 'at_most' },
];

/** Gregorian months: Egyptian/Gulf names and Levantine (Syriac) names; two-word names first. */
export const MONTHS: readonly { words: string[]; month: number }[] = [
  { words: ['كانون', 'الثاني'], month: 1 },
  { words: ['تشرين', 'الاول'], month: 10 },
  { words: ['تشرين', 'الثاني'], month: 11 },
  { words: ['كانون', 'الاول'], month: 12 },
  ...[
    ['يناير', 'كانون'], // كانون alone is never written; kept out below
    ['فبراير', 'شباط'],
    ['مارس', 'اذار'],
    ['ابريل', 'نيسان', 'افريل'],
    ['مايو', 'ايار', 'ماي'],
    ['يونيو', 'يونيه', 'حزيران', 'جوان'],
    ['يوليو', 'يوليه', 'تموز', 'جويليه'],
    ['اغسطس', 'اب', 'اوت'],
    ['سبتمبر', 'ايلول'],
    ['اكتوبر'],
    ['نوفمبر'],
    ['ديسمبر'],
  ].flatMap((names, i) => names.filter((n) => n !== 'كانون').map((n) => ({ words: [n], month: i + 1 }))),
];

/** 0 = Sunday … 6 = Saturday (as dates.ts counts). */
export const WEEKDAYS = new Map<string, number>([
  ['الاحد', 0], ['الاثنين', 1], ['الثلاثاء', 2], ['الاربعاء', 3], ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
]);

/** A number of these is a duration or a distance, not a count. */
export const NOT_COUNTED = list(`
  يوم يوما ايام ساعه ساعات اسبوع اسبوعا اسابيع شهر شهرا اشهر شهور سنه سنوات سنين عام عاما اعوام دقيقه دقايق ثانيه ثوان ليله ليال
  كيلومتر كيلومترا كيلومترات كلم كم متر مترا امتار ميل ميلا اميال درجه درجات بالميه بالمايه المايه الميه
`);

/** Words before a number that make it a label ("القرار 2334", "الطريق 5"). */
export const LABEL_WORDS = list('القرار قرار رقم الطريق طريق المادة الماده الفقره الصفحه صفحه الكيلومتر الساعه العدد البند الفصل اللواء الفرقه');

/** Speech verbs of a source (verb first, as Arabic reports write them). */
export const SPEECH_VERBS = list(`
  قال قالت افاد افادت وثق وثقت اعلن اعلنت ذكر ذكرت اكد اكدت اشار اشارت اوضح اوضحت صرح صرحت احصي احصت رصد رصدت
  سجل سجلت كشف كشفت بينت قدر قدرت نقل نقلت ابلغ ابلغت اورد اوردت
  يقول تقول يفيد تفيد يوكد توكد يشير تشير يذكر تذكر يقدر تقدر يوضح توضح
`);
/** "أضاف/أضافت": the speaker is the previous sentence's source. */
export const CONTINUATION_VERBS = list('اضاف اضافت تابع تابعت');
/** Verbs that relay: "نقلت رويترز عن مسؤول" — the outlet relays, the one after "عن" is the source. */
export const RELAY_VERBS = list('نقل نقلت');

/** "according to": the source follows. */
export const ACCORDING_TO: readonly string[][] = [['بحسب'], ['حسب'], ['وفقا'], ['وفق'], ['طبقا'], ['نقلا', 'عن'], ['علي', 'لسان'], ['استنادا', 'الي']];

/** Words that end a source's name or a counted thing. */
export const STOPS = list(`
  ان انه انها بان بانه في علي عن من الي مع منذ خلال بعد قبل عبر حيث الذي التي الذين بينما فيما كما اثر جراء بسبب لدي حتى او
  يوم امس اليوم الماضي الماضيه الجاري الحالي ايضا قد لقد كان كانت هو هي هم ما لا لم لن
`);

/** Locatives that mark a place name after them (also as the prefix ب). */
export const LOCATIVES = list('في علي قرب بالقرب داخل الي نحو من عبر شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ريف اطراف محيط حول');
/** Place words before a name ("مدينة الفاشر", "مخيم جنين"): the name follows. */
export const PLACE_WORDS = list('قطاع معسكر مدينه بلده قريه محافظه ولايه اقليم منطقه مخيم حي ميناء معبر مطار ناحيه قضاء مديريه عاصمه');
