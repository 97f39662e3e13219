import { describe, expect, it } from 'vitest';
import { claimOf, extract } from './extract-helpers.ts';

const subjectOf = (text: string, value: number): string | null => claimOf(extract(text), value).subject;

describe('subject', () => {
  it('reads demonyms as countries, in the counted thing first, then the clause', () => {
    expect(subjectOf('Turkish media documented the entry of 23 Turkish convoys.', 23)).toBe('Turkey');
    expect(subjectOf('Russian warplanes carried out more than 16 raids.', 16)).toBe('Russia');
    expect(subjectOf('The number of vehicles entered Syrian territory has reached 5,450 in addition to thousands of Turkish soldiers.', 5450)).toBe('Turkey');
  });

  it('keeps coordinated actors together and reads named groups and their acronyms', () => {
    expect(subjectOf('The Malian army and Wagner mercenaries carried out 9 drone strikes.', 9)).toBe('Mali and Wagner');
    expect(subjectOf('Al-Shabaab gunmen killed 21 people.', 21)).toBe('al-Shabaab');
    expect(subjectOf('The Arakan Army (AA) attacked posts. The AA seized 170 outposts.', 170)).toBe('Arakan Army');
  });

  it('does not take sources, "-backed" compounds or places for the subject', () => {
    expect(subjectOf('The Syrian Observatory said 12 trucks arrived.', 12)).toBeNull();
    expect(subjectOf('Turkish-backed rebels lost 40 fighters.', 40)).toBeNull();
    expect(subjectOf('Aid reached 3,000 families in Syria.', 3000)).toBeNull();
    expect(subjectOf('A Houthi spokesman said the group had fired up to eight missiles.', 8)).toBe('Houthi');
  });
});
