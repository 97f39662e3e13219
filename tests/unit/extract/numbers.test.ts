import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../../electron/services/extract/numbers.ts';
import { figures } from './extract-helpers.ts';

describe('numbers', () => {
  it('reads digits with separators, European style only where a decimal cannot be meant', () => {
    expect(parseDigits('5,450', false)).toEqual({ value: 5450, separated: true });
    expect(parseDigits('1.2', false)).toEqual({ value: 1.2, separated: false });
    expect(parseDigits('11.500', false)?.value).toBe(11.5);
    expect(parseDigits('11.500', true)?.value).toBe(11500);
    expect(parseDigits('1.234.567', false)?.value).toBe(1234567);
    expect(figures('Some 33.000 people fled.')).toEqual(['about 33000 people']);
    expect(figures('Unemployment rose 11.500 percent.')).toEqual(['exact 11.5 percent']);
  });

  it('reads number words and scales', () => {
    expect(figures('Seven soldiers were killed.')).toEqual(['exact 7 soldiers']);
    expect(figures('Twenty-three people remain in hospital.')).toEqual(['exact 23 people']);
    expect(figures('It took one hundred and twenty prisoners.')).toEqual(['exact 120 prisoners']);
    expect(figures('Almost half a million people now shelter in camps.')).toEqual(['about 500000 people']);
    expect(figures('UNICEF said 1.2 million children needed aid.')).toEqual(['exact 1200000 children']);
    expect(figures('Officials estimated costs at $400 million.')).toEqual(['exact 400000000 USD']);
    expect(figures('A dozen trucks arrived.')).toEqual(['exact 12 trucks']);
  });

  it('reads vague amounts with their minimum', () => {
    expect(figures('Dozens of guests were rescued.')).toEqual(['vague 12+ guests']);
    expect(figures('The clashes displaced tens of thousands of people.')).toEqual(['vague 10000+ people']);
    expect(figures('It added thousands of Turkish soldiers.')).toEqual(['vague 1000+ Turkish soldiers']);
    expect(figures('Several hundred families left.')).toEqual(['vague 200+ families']);
  });

  it('reads ranges, including short forms', () => {
    expect(figures('Rescuers evacuated five or six families.')).toEqual(['range 5-6 families']);
    expect(figures('The agency said 20 to 25 trucks a day were needed.')).toEqual(['range 20-25 trucks']);
    expect(figures('They carried out between 8 and 10 drone strikes.')).toEqual(['range 8-10 drone strikes']);
    expect(figures('Attacks hit 8–9,000 tonnes of grain.')).toEqual(['range 8000-9000 tonnes of grain']);
    expect(figures('Some 2 to 3 thousand people were fleeing.')).toEqual(['range 2000-3000 people']);
    expect(figures('Between 50-70 soldiers were killed.')).toEqual(['range 50-70 soldiers']);
    expect(figures('They lost 8-9 million dollars.')).toEqual(['range 8000000-9000000 USD']);
  });

  it('reads every qualifier', () => {
    const q = (text: string): string => figures(text)[0]!.split(' ')[0]!;
    expect(q('More than 100 trucks arrived.')).toBe('more_than');
    expect(q('Over 400 ships have sailed.')).toBe('more_than');
    expect(q('At least 12 soldiers were killed.')).toBe('at_least');
    expect(q('Nearly 1,500 people were killed.')).toBe('about');
    expect(q('About 20 ships were waiting.')).toBe('about');
    expect(q('Up to 20 villages were destroyed.')).toBe('at_most');
    expect(q('At most 400 officers were on duty.')).toBe('at_most');
    expect(q('Fewer than 200 civilians were evacuated.')).toBe('fewer_than');
    expect(q('Less than 70 trucks left.')).toBe('fewer_than');
    expect(q('Exactly 70 trucks left.')).toBe('exact');
  });
});
