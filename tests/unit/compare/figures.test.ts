import { describe, expect, it } from 'vitest';
import { describeDifference, describeFigure, figureInterval, figuresAgree, type Figure } from '../../../electron/services/compare/figures.ts';
import type { Qualifier } from '../../../shared/domain/claim-types.ts';

const fig = (qualifier: Qualifier, value: number | null, unit = 'armoured vehicles', min: number | null = null, max: number | null = null): Figure => ({
  qualifier,
  value,
  valueMin: min,
  valueMax: max,
  unit,
});

describe('figures as intervals', () => {
  it('reads qualifiers as the counts they allow', () => {
    expect(figureInterval(fig('exact', 80))).toEqual({ low: 80, high: 80 });
    expect(figureInterval(fig('more_than', 75))).toEqual({ low: 76, high: 112.5 });
    expect(figureInterval(fig('about', 500))).toEqual({ low: 450, high: 550 });
    expect(figureInterval(fig('range', null, 'people', 20, 25))).toEqual({ low: 20, high: 25 });
    expect(figureInterval(fig('vague', null, 'soldiers', 1000))).toEqual({ low: 1000, high: 9999 });
    expect(figureInterval(fig('exact', null))).toBeNull();
  });

  it('agrees when the qualified figures can be the same count', () => {
    expect(figuresAgree(fig('more_than', 75), fig('exact', 80))).toBe(true);
    expect(figuresAgree(fig('more_than', 75), fig('more_than', 80))).toBe(true);
    expect(figuresAgree(fig('about', 500), fig('exact', 480))).toBe(true);
    expect(figuresAgree(fig('range', null, 'x', 20, 25), fig('exact', 22))).toBe(true);
    expect(figuresAgree(fig('more_than', 75), fig('exact', 75))).toBe(false);
    expect(figuresAgree(fig('more_than', 75), fig('exact', 450))).toBe(false);
    expect(figuresAgree(fig('exact', 75), fig('exact', 450))).toBe(false);
    expect(figuresAgree(fig('at_most', 100), fig('exact', 20))).toBe(false);
  });

  it('says what differs and by how much', () => {
    expect(describeFigure(fig('more_than', 75))).toBe('more than 75 armoured vehicles');
    expect(describeDifference(fig('exact', 75), fig('exact', 450))).toBe('75 vs 450 armoured vehicles: 375 more in the second (6×)');
    expect(describeDifference(fig('exact', 16, 'raids'), fig('exact', 9, 'raids'))).toBe('16 vs 9 raids: 7 more in the first');
    expect(describeDifference(fig('exact', 5, 'convoys'), fig('exact', 8, 'columns'))).toBe('5 convoys vs 8 columns: 3 more in the second');
  });
});
