/**
 * Regions that reporting names but no gazetteer row holds: seas of countries, parts of
 * continents. Approximate centre points written by hand (rounded to 0.1°), good enough to
 * put a claim on the map at the scale these names mean; the analyst refines them.
 */
export interface RegionExpression {
  readonly id: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly lat: number;
  readonly lon: number;
}

export const REGION_EXPRESSIONS: readonly RegionExpression[] = [
  { id: 'middle-east', name: 'Middle East', names: ['Middle East', 'الشرق الأوسط'], lat: 29.3, lon: 42.5 },
  { id: 'levant', name: 'Levant', names: ['Levant', 'بلاد الشام'], lat: 33.5, lon: 36.3 },
  { id: 'gulf', name: 'Persian Gulf', names: ['Persian Gulf', 'Arabian Gulf', 'Gulf region', 'الخليج'], lat: 26.5, lon: 52.0 },
  { id: 'red-sea', name: 'Red Sea', names: ['Red Sea', 'البحر الأحمر'], lat: 20.0, lon: 38.5 },
  { id: 'black-sea', name: 'Black Sea', names: ['Black Sea', 'البحر الأسود'], lat: 43.4, lon: 34.0 },
  { id: 'mediterranean', name: 'Mediterranean Sea', names: ['Mediterranean', 'Mediterranean Sea', 'البحر المتوسط'], lat: 35.0, lon: 18.0 },
  { id: 'horn-of-africa', name: 'Horn of Africa', names: ['Horn of Africa', 'القرن الأفريقي'], lat: 8.0, lon: 45.0 },
  { id: 'sahel', name: 'Sahel', names: ['Sahel', 'الساحل'], lat: 15.0, lon: 2.0 },
  { id: 'west-bank', name: 'West Bank', names: ['West Bank', 'الضفة الغربية'], lat: 31.9, lon: 35.2 },
  { id: 'gaza-strip', name: 'Gaza Strip', names: ['Gaza Strip', 'قطاع غزة'], lat: 31.4, lon: 34.4 },
  { id: 'balkans', name: 'Balkans', names: ['Balkans', 'البلقان'], lat: 42.7, lon: 21.0 },
  { id: 'caucasus', name: 'Caucasus', names: ['Caucasus', 'القوقاز'], lat: 42.5, lon: 44.5 },
  { id: 'donbas', name: 'Donbas', names: ['Donbas', 'Donbass', 'دونباس'], lat: 48.3, lon: 38.5 },
  { id: 'darfur', name: 'Darfur', names: ['Darfur', 'دارفور'], lat: 13.5, lon: 24.5 },
  { id: 'kurdistan-region', name: 'Kurdistan Region', names: ['Kurdistan Region', 'Iraqi Kurdistan', 'إقليم كردستان'], lat: 36.2, lon: 44.0 },
  { id: 'sinai', name: 'Sinai Peninsula', names: ['Sinai', 'Sinai Peninsula', 'سيناء'], lat: 29.5, lon: 33.8 },
  { id: 'golan', name: 'Golan Heights', names: ['Golan Heights', 'Golan', 'الجولان'], lat: 33.0, lon: 35.8 },
  { id: 'sub-saharan-africa', name: 'Sub-Saharan Africa', names: ['Sub-Saharan Africa'], lat: 2.0, lon: 20.0 },
  { id: 'lake-chad', name: 'Lake Chad basin', names: ['Lake Chad', 'Lake Chad basin', 'بحيرة تشاد'], lat: 13.0, lon: 14.5 },
];
