import { describe, expect, it } from 'vitest';
import { AcronymTable, findAcronyms } from '../../../electron/services/extract/attribution.ts';
import { claimOf, extract } from './extract-helpers.ts';

const sourceOf = (text: string, value: number): [string | null, string[]] => {
  const c = claimOf(extract(text), value);
  return [c.source?.name ?? null, c.via.map((v) => v.name)];
};

describe('attribution', () => {
  it('reads "according to", "X said" before and after, and ", said X"', () => {
    expect(sourceOf('Thousands fled, and 5,450 vehicles entered, according to the Syrian Observatory.', 5450)).toEqual(['Syrian Observatory', []]);
    expect(sourceOf('The regional council said 45 lorries reached the town.', 45)).toEqual(['regional council', []]);
    expect(sourceOf('The columns had 75 vehicles, the army general staff said.', 75)).toEqual(['army general staff', []]);
    expect(sourceOf('The strikes killed 3 workers, said the health ministry.', 3)).toEqual(['health ministry', []]);
    expect(sourceOf('Russian warplanes carried out 16 raids.', 16)).toEqual([null, []]);
  });

  it('keeps the relaying outlet apart from the source', () => {
    expect(sourceOf('Middle East Monitor cited unnamed reports as saying that six convoys had headed north, Middle East Monitor reported on Thursday.', 6)).toEqual([
      'unnamed reports',
      ['Middle East Monitor'],
    ]);
    expect(sourceOf('Middle East Monitor said Turkish media outlets have documented the entry of 23 convoys.', 23)).toEqual(['Turkish media outlets', ['Middle East Monitor']]);
    expect(sourceOf('Reuters, citing two shipping sources, reported that about 20 ships were waiting.', 20)).toEqual(['two shipping sources', ['Reuters']]);
    expect(sourceOf('A Houthi spokesman told Al Jazeera that the group had fired up to eight missiles.', 8)).toEqual(['Houthi spokesman', ['Al Jazeera']]);
  });

  it('reads appositive names and resolves "it said" to the last source named', () => {
    expect(sourceOf('The UN refugee agency, UNHCR, warned that more than 8 million people were displaced.', 8_000_000)[0]).toBe('UNHCR');
    const doc = extract('Russia launched 75 drones overnight, the Ukrainian air force said. Air defenses shot down 52 of the drones, it said.');
    expect(claimOf(doc, 52).source?.name).toBe('Ukrainian air force');
    const own = extract('The SOHR said on Tuesday that it had recorded five new columns.');
    expect(claimOf(own, 5)).toMatchObject({ source: { name: 'SOHR' }, via: [], when: { start: '2020-08-18' } });
  });

  it('joins acronyms and short forms to full names', () => {
    const table = new AcronymTable();
    findAcronyms('The Syrian Observatory for Human Rights (SOHR) said. The UN Office for the Coordination of Humanitarian Affairs (OCHA) said.', table);
    expect(table.full.get('SOHR')).toBe('Syrian Observatory for Human Rights');
    expect(table.full.get('OCHA')).toBe('UN Office for the Coordination of Humanitarian Affairs');
    const doc = extract('The Syrian Observatory for Human Rights (SOHR) said 5 columns entered. The columns had more than 75 vehicles, the SOHR said. Later 80 trucks arrived, the Syrian Observatory said.');
    expect(claimOf(doc, 75).source).toEqual({ name: 'Syrian Observatory for Human Rights', kind: 'organisation', aliases: ['SOHR'] });
    expect(claimOf(doc, 80).source?.name).toBe('Syrian Observatory for Human Rights');
  });

  it('reads an article-level credit line as a known name, not as every claim\'s source', () => {
    const doc = extract('Convoys enter Idlib\n\n(Updated with information from the International Organization for Migration)\n\nWarplanes carried out 16 raids. The IOM said that 43,059 people had been displaced.');
    expect(claimOf(doc, 16).source).toBeNull();
    expect(claimOf(doc, 43059).source?.name).toBe('International Organization for Migration');
  });
});
