import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../../electron/services/environment.ts';
import { Gazetteer } from '../../../electron/services/gazetteer/gazetteer.ts';
import { normaliseArabic, placeKey, placeSkeleton } from '../../../electron/services/gazetteer/place-key.ts';

const dir = join(repositoryRoot(), 'resources', 'gazetteer');

describe('place keys', () => {
  it('make transliterations, diacritics and article forms agree', () => {
    expect(placeKey("Ma'arrat al-Nu'man")).toBe('marat al numan');
    expect(placeKey("Maarrat an Nu'man")).toBe('marat al numan');
    expect(placeKey('Maʿarrat al-Nuʿmān')).toBe('marat al numan');
    expect(placeKey('Ar Raqqah')).toBe(placeKey('Al-Raqqa'));
    expect(placeSkeleton('Saraqeb')).toBe(placeSkeleton('Saraqib'));
    expect(placeSkeleton('Deir ez-Zor')).toBe(placeSkeleton('Dayr az Zawr'));
  });

  it('normalise Arabic script (tashkeel, tatweel, alef forms, taa marbuta)', () => {
    expect(normaliseArabic('إِدْلِب')).toBe(normaliseArabic('ادلب'));
    expect(normaliseArabic('حمــاة')).toBe(normaliseArabic('حماه'));
  });
});

describe('gazetteer', () => {
  const g = new Gazetteer(dir);

  it('loads lazily and finds places, countries, divisions and regions by any spelling', () => {
    expect(g.lookup('Idlib').map((e) => e.id)).toEqual(expect.arrayContaining(['geonames:169389', 'admin1:SY.12']));
    expect(g.lookup('Idlib Governorate')[0]!.kind).toBe('admin1');
    expect(g.lookup('Turkey')[0]).toMatchObject({ id: 'country:TR', name: 'Turkey' });
    expect(g.lookup('Türkiye')[0]!.id).toBe('country:TR');
    expect(g.lookup('Kiev').map((e) => e.id)).toContain('geonames:703448');
    expect(g.lookup('Middle East')[0]!.kind).toBe('region');
    expect(g.lookup('إدلب').map((e) => e.id)).toContain('geonames:169389');
    expect(g.lookup('Nowhere-at-all-ville')).toEqual([]);
  });

  it('has a loose tier for vowel spellings and maps demonyms to countries', () => {
    expect(g.lookupLoose('Sarakib').map((e) => e.name)).toContain('Sarāqib');
    expect(g.countryOfDemonym('Turkish')).toBe('TR');
    expect(g.countryOfDemonym('Syrian')).toBe('SY');
    expect(g.countryArea('SY')!.box).toHaveLength(4);
  });

  it('carries Arabic names for labels', () => {
    expect(g.lookup('Aleppo').find((e) => e.kind === 'populated_place')!.arabic.length).toBeGreaterThan(0);
  });
});
