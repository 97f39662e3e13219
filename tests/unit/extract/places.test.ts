import { describe, expect, it } from 'vitest';
import { claimOf, extract, gazetteer } from './extract-helpers.ts';

const placesOf = (text: string, value: number): string[] => claimOf(extract(text), value).places.map((p) => p.place.name);
const km = (a: { lat: number | null; lon: number | null }, lat: number, lon: number): number => {
  const rad = Math.PI / 180;
  const dLat = (lat - a.lat!) * rad;
  const dLon = (lon - a.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

describe('places', () => {
  it('takes places marked by a locative, lists included, and places them', () => {
    expect(placesOf('Over 11,500 soldiers had been deployed in Idlib and Aleppo.', 11500)).toEqual(['Idlib', 'Aleppo']);
    const doc = extract('Over 11,500 soldiers had been deployed in Idlib and Aleppo.');
    const [idlib, aleppo] = claimOf(doc, 11500).places.map((p) => p.place);
    expect(km(idlib!, 35.9306, 36.6339)).toBeLessThan(5);
    expect(km(aleppo!, 36.2021, 37.1343)).toBeLessThan(5);
  });

  it('matches spellings across transliterations and diacritics', () => {
    const ids = ["Ma'arrat al-Nu'man", 'Maarat al-Numan', "Maarrat an Nu'man", 'Maʿarrat al-Nuʿmān'].map((n) => gazetteer.lookup(n).map((e) => e.id));
    for (const list of ids) expect(list).toContain('geonames:167611');
    expect(placesOf('Shelling killed 9 people in Maarat al-Numan.', 9)).toEqual(['Maarat al-Numan']);
    expect(extract('Shelling killed 9 people in Maarat al-Numan.').claims[0]!.places[0]!.place.entry?.id).toBe('geonames:167611');
  });

  it('reads lists, "the capital" of the document\'s country, and particles only inside names', () => {
    expect(placesOf('Ships carried 9.7 million tonnes of grain out of Odesa, Chornomorsk and Pivdennyi.', 9_700_000)).toEqual(['Odesa', 'Chornomorsk', 'Pivdennyi']);
    const capital = claimOf(extract('Gangs fought in Haiti. At most 400 officers were on duty in the capital.'), 400).places[0]!.place;
    expect(capital.entry?.name).toBe('Port-au-Prince');
    expect(placesOf('Gunmen killed 4 guards in Muqdisho at about 20:30.', 4)).toEqual(['Muqdisho']);
    const tripoli = claimOf(extract('Militias in the Libyan capital killed 32 people.'), 32);
    expect(tripoli.places.map((p) => [p.place.name, p.place.country])).toEqual([['Tripoli', 'LY']]);
    expect(tripoli.subject).toBeNull();
    const kyiv = extract('Russia fired 75 drones at Ukraine. Four people were injured in the capital, Mayor Vitali Klitschko wrote on Telegram. Defenses shot down 52 drones over Kharkiv and Odesa.');
    expect(claimOf(kyiv, 4).places.map((p) => p.place.name)).toEqual(['Kyiv']);
    expect(claimOf(kyiv, 52).places.map((p) => p.place.name)).toEqual(['Kharkiv', 'Odesa']);
  });

  it('does not take organisations or people for places', () => {
    expect(extract('Middle East Monitor said 6 convoys arrived.').places.map((p) => p.place.name)).toEqual([]);
    expect(extract('Russian President Vladimir Putin said 40 jets were ready.').places.map((p) => p.place.name)).toEqual([]);
    expect(extract('Police said 12 people were arrested.').places).toEqual([]);
    const acronyms = extract('It gave more than $52 million from USAID, as reposted on ReliefWeb, and 5 trucks from Turkish-backed groups. SPIEGEL, DER.');
    expect(acronyms.places).toEqual([]);
  });

  it('keeps places the gazetteer does not know as unresolved, and reference points out', () => {
    const doc = extract('SOHR recorded five new columns via the Kafr Losin crossing, north of Idlib.');
    const places = claimOf(doc, 5).places.map((p) => p.place);
    expect(places.map((p) => [p.name, p.resolution])).toEqual([['Kafr Losin', 'unresolved']]);
    expect(places[0]!.lat).toBeNull();
  });

  it('derives regions and reads "Syrian territory"', () => {
    const region = claimOf(extract('They documented 23 convoys into northern Syria.'), 23).places[0]!.place;
    expect(region.name).toBe('northern Syria');
    expect(region.lat!).toBeGreaterThan(35.5);
    expect(placesOf('The number of vehicles entered Syrian territory has reached 5,450.', 5450)).toEqual(['Syria']);
    expect(placesOf('Ships carried 12 missiles into the Red Sea.', 12)).toEqual(['Red Sea']);
  });

  it('uses the document to decide between namesakes, and says when it cannot', () => {
    const libya = extract('Fighting in Libya continued. Militias fired 30 rockets at Tripoli.');
    expect(claimOf(libya, 30).places[0]!.place.country).toBe('LY');
    const lebanon = extract('Fighting in Lebanon continued. Militias fired 30 rockets at Tripoli.');
    expect(claimOf(lebanon, 30).places[0]!.place.country).toBe('LB');
  });

  it('prefers the case\'s own places, with the analyst\'s coordinates', () => {
    const known = [{ id: 'p1', name: 'Kafr Losin', altNames: ['Kafr Lusin'], lat: 36.19, lon: 36.62, gazetteerId: null, resolution: 'analyst' as const }];
    const doc = extract('Five columns crossed at Kafr Lusin, officials said; 7 trucks followed through Kafr Lusin.', '2020-08-20', known);
    const place = claimOf(doc, 7).places[0]!.place;
    expect(place.known?.id).toBe('p1');
    expect([place.lat, place.lon, place.resolution]).toEqual([36.19, 36.62, 'analyst']);
  });
});
