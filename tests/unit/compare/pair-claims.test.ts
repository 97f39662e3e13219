import { describe, expect, it } from 'vitest';
import type { CompareClaim } from '../../../electron/services/compare/compare-claims.ts';
import { isRunningTotalStep, matchScore } from '../../../electron/services/compare/claim-match.ts';
import { pairClaims } from '../../../electron/services/compare/pair-claims.ts';

let n = 0;
function claim(patch: Partial<CompareClaim>): CompareClaim {
  n++;
  return {
    id: `c${n}`,
    documentId: 'd',
    spanStart: n,
    spanEnd: n + 1,
    value: null,
    valueMin: null,
    valueMax: null,
    qualifier: 'exact',
    unit: null,
    subject: 'Turkey',
    eventType: 'troop_movement',
    whenStart: '2020-08-18',
    whenEnd: '2020-08-18',
    sourceId: null,
    sourceName: null,
    places: [],
    ...patch,
  };
}
const idlib = { id: 'p1', name: 'Idlib', kind: 'populated_place', country: 'SY', lat: 35.93, lon: 36.63 };
const aleppo = { id: 'p2', name: 'Aleppo', kind: 'populated_place', country: 'SY', lat: 36.2, lon: 37.16 };
const syria = { id: 'p3', name: 'Syria', kind: 'country', country: 'SY', lat: 35, lon: 38 };

describe('pairing claims', () => {
  it('needs a compatible unit, subject, place and time', () => {
    const base = claim({ value: 5, unit: 'convoys', places: [idlib] });
    expect(matchScore(base, claim({ value: 5, unit: 'columns', places: [idlib] }))).toBeGreaterThan(5);
    expect(matchScore(base, claim({ value: 5, unit: 'columns', places: [syria] }))).toBeGreaterThan(0);
    expect(matchScore(base, claim({ value: 5, unit: 'columns', places: [aleppo] }))).toBe(0);
    expect(matchScore(base, claim({ value: 5, unit: 'columns', subject: 'Russia' }))).toBe(0);
    expect(matchScore(base, claim({ value: 5, unit: 'columns', whenStart: '2020-08-01', whenEnd: '2020-08-02' }))).toBe(0);
    expect(matchScore(base, claim({ value: 5, unit: 'soldiers' }))).toBe(0);
    expect(matchScore(base, claim({ qualifier: null, unit: null }))).toBe(0);
  });

  it('takes the best match first, one partner per claim, and reports the rest as one-sided', () => {
    const a = [claim({ value: 75, qualifier: 'more_than', unit: 'armoured vehicles' }), claim({ value: 5, unit: 'convoys' }), claim({ value: 3, unit: 'soldiers', subject: 'Russia' })];
    const b = [claim({ value: 8, unit: 'columns' }), claim({ value: 450, unit: 'vehicles' }), claim({ value: 80, unit: 'armoured vehicles' })];
    const r = pairClaims(a, b);
    expect(r.pairs).toEqual([
      { a: a[0]!.id, b: b[2]!.id, relation: 'agree', difference: null },
      { a: a[1]!.id, b: b[0]!.id, relation: 'differ', difference: '5 convoys vs 8 columns: 3 more in the second' },
    ]);
    expect(r.onlyA).toEqual([a[2]!.id]);
    expect(r.onlyB).toEqual([b[1]!.id]);
  });

  it('does not set points of a running total against each other', () => {
    const march = claim({ value: 1975, unit: 'vehicles', whenStart: '2020-03-05', whenEnd: '2020-03-31' });
    const august = claim({ value: 5450, unit: 'military vehicles', whenStart: '2020-03-05', whenEnd: '2020-08-20' });
    expect(isRunningTotalStep(march, august)).toBe(true);
    expect(pairClaims([march], [august]).pairs).toEqual([]);
  });
});
