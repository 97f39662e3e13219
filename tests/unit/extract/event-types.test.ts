import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../../shared/domain/claim-types.ts';
import { claimOf, extract } from './extract-helpers.ts';

const typeOf = (text: string, value: number): string => claimOf(extract(text), value).eventType;

describe('event types and claims without a figure', () => {
  it('types figures from the counted thing, then the nearest event word', () => {
    expect(typeOf('Russian warplanes carried out more than 16 raids in Idlib.', 16)).toBe('explosion_remote_violence');
    expect(typeOf('Turkish media documented the entry of 23 Turkish convoys.', 23)).toBe('troop_movement');
    expect(typeOf('Fighting displaced 5,000 people.', 5000)).toBe('displacement');
    expect(typeOf('More than 135,000 people have arrived in camps.', 135000)).toBe('displacement');
    expect(typeOf('Seven civilians were killed in the district.', 7)).toBe('casualties');
    expect(typeOf('WFP delivered 100 trucks of food aid.', 100)).toBe('humanitarian');
    expect(typeOf('Gunmen attacked the village and killed 12 people.', 12)).toBe('battle');
    for (const c of extract('Sixteen raids hit the town; 5 convoys arrived; 40 protesters marched.').claims) expect(EVENT_TYPES).toContain(c.eventType);
  });

  it('makes claims of reported events without a figure', () => {
    const doc = extract('Joint military patrols by Russia and Turkey in Idlib were suspended last week due to increasing attacks by militants.');
    expect(doc.claims).toHaveLength(1);
    const c = doc.claims[0]!;
    expect(c.quantity).toBeNull();
    expect(c).toMatchObject({ eventType: 'strategic_development', subject: 'Russia and Turkey', when: { start: '2020-08-10', end: '2020-08-16' } });
    expect(c.places.map((p) => p.place.name)).toEqual(['Idlib']);
    expect(extract('Protesters blocked roads in Petion-Ville on Monday.').claims[0]?.eventType).toBe('protest');
    expect(extract('Fighting resumed near Sittwe on 20 February, residents reported.').claims[0]?.eventType).toBe('battle');
    expect(extract('The joint patrols are part of a plan to end fighting in the region.').claims).toEqual([]);
  });
});
