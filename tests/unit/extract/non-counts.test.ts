import { describe, expect, it } from 'vitest';
import { figures } from './extract-helpers.ts';

describe('non-counts', () => {
  it('leaves out dates, and never lets a date swallow the count after it', () => {
    expect(figures('The ceasefire agreement made on March 5 holds.')).toEqual([]);
    expect(figures('On 4 May 21 people were killed.')).toEqual(['exact 21 people']);
    expect(figures('In May 21 people were killed.')).toEqual(['exact 21 people']);
    expect(figures('On 4 May 2000 people fled the town.')).toEqual(['exact 2000 people']);
    expect(figures('Talks were held on 2020-03-05 and on 27 February 2020.')).toEqual([]);
  });

  it('leaves out times, codes, road names, ordinals and labels', () => {
    expect(figures('The truce came into force at 00:00 hrs on 6 March.')).toEqual([]);
    expect(figures('Gunmen attacked at about 20:30 on Friday.')).toEqual([]);
    expect(figures('Troops moved along the M4 highway with F-16 cover.')).toEqual([]);
    expect(figures('It was the 13th convoy and the second attack.')).toEqual([]);
    expect(figures('Resolution 2254 and Article 5 apply.')).toEqual([]);
    expect(figures('A magnitude 6.3 earthquake struck Herat.')).toEqual([]);
    expect(figures('The Dawn of Idlib 2 Operation began.')).toEqual([]);
  });

  it('leaves out list labels, page numbers, footnotes, years, ages and durations', () => {
    expect(figures('1. People displaced since November: 96,000')).toEqual(['exact 96000 People displaced since November']);
    expect(figures('Key figures (see p. 4 of the annex):')).toEqual([]);
    expect(figures('Turkey lost 34 soldiers.[1] The toll rose.')).toEqual(['exact 34 soldiers']);
    expect(figures('In 2019, the war entered its ninth year.')).toEqual([]);
    expect(figures('A 14-year-old boy was hurt.')).toEqual([]);
    expect(figures('Shelling continued over the past 24 hours.')).toEqual([]);
    expect(figures('About 33 million people, or one in seven Pakistanis, were affected.')).toEqual(['about 33000000 people']);
  });
});
