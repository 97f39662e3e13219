import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventGroup } from '../../../shared/contract/compare.ts';
import { importTexts } from '../../helpers/engine-case.ts';
import { compareCase, fixture, type CompareCase } from './compare-fixtures.ts';

let c: CompareCase;
let groups: EventGroup[];
beforeAll(async () => {
  c = await compareCase();
  await importTexts(c, [
    { name: 'march-tally.txt', text: fixture('march-tally.txt'), sourceName: 'Levant Monitor', published: '2020-03-31' },
    { name: 'june-tally.txt', text: fixture('june-tally.txt'), sourceName: 'Channel Seven', published: '2020-06-15' },
  ]);
  groups = (await c.call('compare:groups', {})).groups;
});
afterAll(() => c.close());

const byUnit = (unit: string): EventGroup => {
  const found = groups.find((g) => g.claims.some((claim) => claim.unit === unit));
  if (!found) throw new Error(`no group counts ${unit}: ${groups.map((g) => g.label).join(' | ')}`);
  return found;
};

describe('event groups across the case', () => {
  it('groups one event across documents, counts a copy once and flags the conflict', () => {
    const armour = byUnit('armoured vehicles');
    expect(armour.claims.map((claim) => claim.figure).sort()).toEqual(['450 armoured vehicles', 'more than 75 armoured vehicles', 'more than 80 armoured vehicles']);
    expect(armour.documents).toBe(3);
    // The syndicated copy repeats the Observatory: two independent sources, not three.
    expect(armour.independentSources).toBe(2);
    expect([armour.min, armour.max]).toEqual([75, 450]);
    expect(armour.conflicts).toBe(2);
    expect(armour.conflict).toBe(true);
    expect(armour.label).toMatch(/^armoured vehicles · Turkey/);
  });

  it('marks agreeing groups as uncontested and lists the most contested first', () => {
    const convoys = byUnit('convoys');
    expect(convoys.claims).toHaveLength(3);
    expect(convoys.conflict).toBe(false);
    expect(convoys.independentSources).toBe(2);
    const order = groups.map((g) => g.conflict);
    expect(order.indexOf(false)).toBeGreaterThan(order.lastIndexOf(true));
    expect(groups[0]!.conflicts + groups[0]!.decreases.length).toBeGreaterThanOrEqual(groups[1]!.conflicts + groups[1]!.decreases.length);
  });

  it('checks running totals: a later total below an earlier one is a conflict', () => {
    const series = byUnit('military vehicles');
    expect(series.claims.map((claim) => claim.value).sort((a, b) => a! - b!)).toEqual([1200, 1975, 5450, 5450]);
    expect(series.conflicts).toBe(0);
    expect(series.decreases).toHaveLength(1);
    expect(series.decreases[0]!.description).toBe('1,200 military vehicles by 15 Jun 2020 is fewer than 1,975 military vehicles by 31 Mar 2020, counted from the same start (5 Mar 2020)');
    expect(series.conflict).toBe(true);
  });

  it('counts a copied sentence with a changed figure as a separate account', () => {
    const raids = byUnit('raids');
    expect(raids.claims.map((claim) => claim.figure).sort()).toEqual(['16 raids', '9 raids']);
    expect(raids.independentSources).toBe(2);
    expect(raids.conflict).toBe(true);
  });

  it('summarises each source: corroborated, contradicted, alone', async () => {
    const { sources } = await c.call('compare:sources', {});
    const named = (name: string) => sources.find((s) => s.name === name);
    // The ministry's 450 armoured vehicles and 9 raids are both contradicted; its spokesman's five convoys corroborated.
    expect(named('Turkish Defence Ministry')).toEqual({ name: 'Turkish Defence Ministry', compared: 2, corroborated: 0, contradicted: 2, alone: 0 });
    expect(named('ministry spokesman')).toEqual({ name: 'ministry spokesman', compared: 1, corroborated: 1, contradicted: 0, alone: 0 });
    // The running total that went down counts against both of its points.
    expect(named('security sources')).toMatchObject({ compared: 1, contradicted: 1 });
    // Claims nobody else reported (the suspended patrols) stay with their source as "alone".
    expect(named('Levant Monitor')).toMatchObject({ compared: 0, alone: 1 });
  });
});
