/**
 * English labels for Arabic counted things and sources, for the claims grid and exports:
 * the claim keeps its Arabic unit ("آلية عسكرية") and source ("المرصد السوري لحقوق
 * الإنسان"); these give "vehicles" and "Syrian Observatory for Human Rights" beside them.
 * Derived at display time, so nothing is stored twice and the list can grow.
 * Keys are matched in the search folding (shared/domain/search-text.ts), article removed.
 */
import { searchText } from './search-text.ts';

const UNITS: Record<string, string> = {
  civilians: 'مدني مدنيا مدنيين مدنيون',
  people: 'شخص شخصا اشخاص شخصين نسمه فرد افراد مواطن مواطنا مواطنين انسان',
  soldiers: 'جندي جنديا جنود عسكري عسكريا عسكريين',
  fighters: 'مقاتل مقاتلا مقاتلين مقاتلون مسلح مسلحا مسلحين عنصر عنصرا عناصر',
  dead: 'قتيل قتيلا قتلي ضحيه ضحايا',
  wounded: 'جريح جريحا جرحي مصاب مصابا مصابين',
  children: 'طفل طفلا اطفال',
  women: 'امراه نساء سيده',
  families: 'عايله عايلات اسره اسر',
  displaced: 'نازح نازحا نازحين نازحون مهجر مهجرين',
  refugees: 'لاجي لاجيا لاجيين لاجيون',
  detainees: 'معتقل معتقلا معتقلين محتجز محتجزين اسير اسري',
  vehicles: 'اليه اليات مركبه مركبات عربه عربات',
  trucks: 'شاحنه شاحنات',
  tanks: 'دبابه دبابات',
  houses: 'منزل منزلا منازل بيت بيوت مسكن مساكن',
  buildings: 'مبني مباني',
  schools: 'مدرسه مدارس',
  hospitals: 'مستشفي مستشفيات',
  'air strikes': 'غاره غارات',
  shells: 'قذيفه قذايف',
  rockets: 'صاروخ صاروخا صواريخ',
  drones: 'مسيره مسيرات',
  tonnes: 'طن اطنان',
  'US dollars': 'دولار دولارا دولارات',
  camps: 'مخيم مخيمات',
  villages: 'قريه قري',
  patients: 'مريض مرضي',
  journalists: 'صحفي صحفيا صحفيين',
  'aid workers': 'عامل عمال',
};

const SOURCES: Record<string, string> = {
  'المرصد السوري لحقوق الإنسان': 'Syrian Observatory for Human Rights',
  'المرصد السوري': 'Syrian Observatory for Human Rights',
  'الأمم المتحدة': 'United Nations',
  'منظمة الصحة العالمية': 'World Health Organization',
  'اللجنة الدولية للصليب الأحمر': 'International Committee of the Red Cross',
  'الصليب الأحمر': 'Red Cross',
  'الهلال الأحمر': 'Red Crescent',
  'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية': 'OCHA',
  'المفوضية السامية للأمم المتحدة لشؤون اللاجئين': 'UNHCR',
  'مفوضية اللاجئين': 'UNHCR',
  'منظمة الأمم المتحدة للطفولة': 'UNICEF',
  'اليونيسف': 'UNICEF',
  'يونيسف': 'UNICEF',
  'برنامج الأغذية العالمي': 'World Food Programme',
  'المنظمة الدولية للهجرة': 'International Organization for Migration',
  'أطباء بلا حدود': 'Médecins Sans Frontières',
  'منظمة أطباء بلا حدود': 'Médecins Sans Frontières',
  'منظمة العفو الدولية': 'Amnesty International',
  'هيومن رايتس ووتش': 'Human Rights Watch',
  'وزارة الصحة': 'Ministry of Health',
  'وزارة الدفاع': 'Ministry of Defence',
  'وزارة الداخلية': 'Ministry of the Interior',
  'رويترز': 'Reuters',
  'وكالة رويترز': 'Reuters',
  'وكالة الصحافة الفرنسية': 'AFP',
  'وكالة فرانس برس': 'AFP',
  'أسوشيتد برس': 'Associated Press',
  'الجزيرة': 'Al Jazeera',
  'قناة الجزيرة': 'Al Jazeera',
  'الدفاع المدني': 'Civil Defence',
  'الجيش': 'the army',
};

function keyOf(text: string): string[] {
  return searchText(text)
    .split(' ')
    .filter((t) => t !== 'ال' && t !== 'و' && t !== 'ف' && t !== 'ب' && t !== 'ل' && t !== 'ك');
}

const unitLabels = new Map<string, string>();
for (const [label, forms] of Object.entries(UNITS)) for (const form of forms.split(' ')) unitLabels.set(keyOf(form).join(' '), label);

const sourceLabels = new Map<string, string>();
for (const [name, label] of Object.entries(SOURCES)) sourceLabels.set(keyOf(name).join(' '), label);

/** "آليات عسكرية" → "vehicles"; null when the head noun is not in the list (or not Arabic). */
export function englishUnitLabel(unit: string | null | undefined): string | null {
  if (!unit) return null;
  const head = keyOf(unit)[0];
  return head ? unitLabels.get(head) ?? null : null;
}

/** "المرصد السوري لحقوق الإنسان" → "Syrian Observatory for Human Rights"; also "وزارة الصحة في غزة" (the longest known start). */
export function englishSourceLabel(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = keyOf(name);
  for (let n = words.length; n > 0; n--) {
    const label = sourceLabels.get(words.slice(0, n).join(' '));
    if (label) return label;
  }
  return null;
}
