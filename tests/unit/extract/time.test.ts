import { describe, expect, it } from 'vitest';
import { claimOf, extract } from './extract-helpers.ts';

const when = (text: string, value: number, published: string | null = '2020-08-20'): string | null => {
  const w = claimOf(extract(text, published), value).when;
  return w ? (w.start === w.end ? w.start : `${w.start}..${w.end}`) : null;
};

describe('time', () => {
  it('resolves weekdays and relative expressions against the publication date', () => {
    // 2020-08-20 is a Thursday
    expect(when('Warplanes carried out 16 raids on Tuesday.', 16)).toBe('2020-08-18');
    expect(when('Warplanes carried out 16 raids on Thursday.', 16)).toBe('2020-08-20');
    expect(when('Warplanes carried out 16 raids yesterday.', 16)).toBe('2020-08-19');
    expect(when('Warplanes carried out 16 raids last week.', 16)).toBe('2020-08-10..2020-08-16');
    expect(when('Warplanes carried out 16 raids last month.', 16)).toBe('2020-07-01..2020-07-31');
    expect(when('Warplanes carried out 16 raids earlier this month.', 16)).toBe('2020-08-01..2020-08-20');
    expect(when('Warplanes carried out 16 raids in the past week.', 16)).toBe('2020-08-13..2020-08-20');
    expect(when('Drones were shot down: 12 drones overnight.', 12)).toBe('2020-08-19..2020-08-20');
    expect(when('Warplanes carried out 16 raids on Tuesday.', 16, null)).toBeNull();
    expect(when('The hospital received 160 patients on Monday and Tuesday.', 160)).toBe('2020-08-17..2020-08-18');
  });

  it('turns "since" into an interval ending at publication', () => {
    expect(when('They documented 23 convoys since the beginning of August.', 23)).toBe('2020-08-01..2020-08-20');
    expect(when('More than 8,785 trucks arrived since February.', 8785)).toBe('2020-02-01..2020-08-20');
    expect(when('Over 400 ships have sailed since August 1.', 400)).toBe('2020-08-01..2020-08-20');
  });

  it('finds the date an earlier sentence gave an event ("since the start of the ceasefire")', () => {
    const doc = extract('The ceasefire agreement made on March 5 holds. The number of vehicles entered since the start of the new ceasefire has reached 5,450.');
    expect(claimOf(doc, 5450).when).toMatchObject({ start: '2020-03-05', end: '2020-08-20' });
    const inline = extract('More than 100,000 people have left since the start of the offensive on September 19.', '2023-09-30');
    expect(claimOf(inline, 100000).when).toMatchObject({ start: '2023-09-19', end: '2023-09-30' });
  });

  it('takes the year from headings and from an earlier full date, never after publication', () => {
    const headed = extract('### 2023\n\nOn 13 November, 40 posts were attacked.\n\n### 2024\n\nBy 5 February, 170 outposts had fallen.', '2024-02-22');
    expect(claimOf(headed, 40).when?.start).toBe('2023-11-13');
    expect(claimOf(headed, 170).when?.start).toBe('2024-02-05');
    const dated = extract('On 22 July 2022, the deal was signed. By 31 October, ships had carried 9.7 million tonnes of grain.', '2022-11-01');
    expect(claimOf(dated, 9_700_000).when?.start).toBe('2022-10-31');
    const early = extract('In December, 300 families fled.', '2021-01-10');
    expect(claimOf(early, 300).when).toMatchObject({ start: '2020-12-01', end: '2020-12-31' });
  });

  it('reads intervals: between, from … to, "this period", month parts', () => {
    expect(when('Nearly 1,500 people were killed between January and March.', 1500, '2024-04-02')).toBe('2024-01-01..2024-03-31');
    expect(when('About 200,000 people were displaced from January 26 to February 2 alone.', 200000)).toBe('2020-01-26..2020-02-02');
    expect(when('It killed 405 fighters between February 27 and March 5.', 405)).toBe('2020-02-27..2020-03-05');
    expect(when('Gangs moved 30 trucks since early March.', 30)).toBe('2020-03-01..2020-08-20');
    const period = extract('Trucks arrived since February, while over 11,500 soldiers had been deployed during this period.');
    expect(claimOf(period, 11500).when).toMatchObject({ start: '2020-02-01', end: '2020-08-20' });
  });

  it('reads the publication date from a header or a dateline when none is given', () => {
    expect(extract('Press release — Geneva, 14 March 2024\n\nUNHCR said 300 refugees arrived today.', null).published).toBe('2024-03-14');
    expect(extract('# Fact sheet\n\n- Publication date: 2020-02-07\n\nText.', null).published).toBe('2020-02-07');
    expect(extract('No date here. 300 refugees arrived today.', null).published).toBeNull();
  });

  it('does not take the date a relaying outlet published on', () => {
    const doc = extract('Middle East Monitor cited unnamed reports as saying that six convoys had headed north, Middle East Monitor reported on Thursday.');
    expect(claimOf(doc, 6).when).toBeNull();
    const own = extract('The SOHR said on Tuesday that it had recorded five new columns.');
    expect(claimOf(own, 5).when?.start).toBe('2020-08-18');
  });
});
