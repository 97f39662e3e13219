/**
 * Arabic press spellings of conflict places that the shipped gazetteer's Arabic alternate
 * names (GeoNames, via scripts/build-gazetteer.js) lack, mapped to the English name of the
 * gazetteer entry they mean. Curated by the Sightline developers from common Arabic news
 * usage (issue 11); each target was checked to resolve with `Gazetteer.lookup`
 * (tests/unit/extract/arabic-extract.test.ts). Keys are folded (arFold).
 */
export const ARABIC_PLACE_NAMES = new Map<string, string>([
  ['الفاشر', 'El Fasher'],
  ['الابيض', 'El Obeid'],
  ['سنار', 'Sennar'],
  ['شمال دارفور', 'North Darfur'],
  ['مقلي', 'Mekele'],
  ['ميكيلي', 'Mekele'],
  ['خاركيف', 'Kharkiv'],
  ['خاركوف', 'Kharkiv'],
  ['باخموت', 'Bakhmut'],
  ['زابوريجيا', 'Zaporizhzhia'],
  ['ساكي', 'Sake'],
  ['شمال كيفو', 'North Kivu'],
  ['الكونغو الديمقراطيه', 'Democratic Republic of the Congo'],
  ['غاو', 'Gao'],
]);
