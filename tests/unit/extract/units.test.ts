import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers.ts';

describe('the counted thing', () => {
  it('is the noun phrase after the figure, stopping at verbs, participles and prepositions', () => {
    expect(figures('The columns consisted of more than 75 armoured vehicles carrying equipment.')).toEqual(['more_than 75 armoured vehicles']);
    expect(figures('Russian warplanes carried out more than 16 raids in Idlib.')).toEqual(['more_than 16 raids']);
    expect(figures('Some 33,000 people fled the city.')).toEqual(['about 33000 people']);
    expect(figures('UNHCR delivered 3,000 tents to Herat.')).toEqual(['exact 3000 tents']);
  });

  it('keeps the "of" complement of collectives and reads "of" after vague amounts and partitives', () => {
    expect(figures('Six convoys of Turkish army reinforcements had headed north.')).toEqual(['exact 6 convoys of Turkish army reinforcements']);
    expect(figures('They brought 160 tonnes of equipment.')).toEqual(['exact 160 tonnes of equipment']);
    expect(figures('Six of their soldiers were killed.')).toEqual(['exact 6 soldiers']);
  });

  it('finds the counted thing before the figure', () => {
    expect(figures('The militia, numbering about 3,000, advanced on the town.')).toEqual(['about 3000 militia']);
    expect(figures('The death toll from the strike on a market has risen to 640, officials said.')).toEqual(['exact 640 death toll']);
    expect(figures('The number of military vehicles entered since the ceasefire has reached 5,450.')).toEqual(['exact 5450 military vehicles']);
    expect(figures('Key figures\n\nSchools closed: over 800')).toEqual(['more_than 800 Schools closed']);
  });

  it('resolves ellipsis from the previous figure of the sentence', () => {
    expect(figures('Seven soldiers were killed and five were wounded.')).toEqual(['exact 7 soldiers', 'exact 5 soldiers']);
    expect(figures('The strike killed three port workers and injured 11.')).toEqual(['exact 3 port workers', 'exact 11 port workers']);
    expect(figures('It treated 2,500 children, and 300 of them were under five.')).toContain('exact 300 children');
  });

  it('marks currencies and percentages', () => {
    expect(figures('The fatality rate stands at 3.3 percent.')).toEqual(['exact 3.3 percent']);
    expect(figures('About 40% of the rubble was cleared.')).toEqual(['about 40 percent']);
    expect(figures('It gave more than $52 million from USAID.')).toEqual(['more_than 52000000 USD']);
  });
});
