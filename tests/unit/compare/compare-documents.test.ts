import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { compareCase, type CompareCase } from './compare-fixtures.ts';

type Result = MethodOutput<'compare:documents'>;

let c: CompareCase;
beforeAll(async () => {
  c = await compareCase();
});
afterAll(() => c.close());

/** The text of a claim's span, to read the pairs in words. */
const spanText = (r: Result, id: string): string => {
  const claim = r.claims[id]!;
  return c.text[claim.documentId]!.slice(...claim.span!);
};

describe('compare:documents', () => {
  it('pairs the claims of two reports of one event and shows how their figures differ', async () => {
    const r = await c.call('compare:documents', { a: c.observatory, b: c.ministry });
    const pairs = r.pairs.map((p) => [spanText(r, p.a), spanText(r, p.b), p.relation, p.difference]);
    expect(pairs).toEqual([
      ['five Turkish military columns', 'five convoys', 'agree', null],
      ['more than 75 armoured vehicles', '450 armoured vehicles', 'differ', 'more than 75 vs 450 armoured vehicles: 375 more in the second (6×)'],
      ['16 raids', '9 raids', 'differ', '16 vs 9 raids: 7 more in the first'],
    ]);
    expect(r.onlyA.map((id) => r.claims[id]!.figure)).toEqual(['5,450 military vehicles', 'Strategic development']);
    expect(r.onlyB).toEqual([]);
    // Two independent accounts share one sentence pattern at most (the raids line, reworded).
    expect(r.sharedShareA).toBeLessThan(0.2);
  });

  it('shows that a "second source" copied the first: shared passages and agreeing claims', async () => {
    const r = await c.call('compare:documents', { a: c.observatory, b: c.copy });
    expect(r.pairs.map((p) => [r.claims[p.a]!.figure, r.claims[p.b]!.figure, p.relation])).toEqual([
      ['5 Turkish military columns', '5 Turkish military columns', 'agree'],
      ['more than 75 armoured vehicles', 'more than 80 armoured vehicles', 'agree'],
      ['5,450 military vehicles', '5,450 military vehicles', 'agree'],
    ]);
    expect(r.shared).toHaveLength(1);
    const [passage] = r.shared;
    const a = c.text[c.observatory]!.slice(...passage!.a);
    const b = c.text[c.copy]!.slice(...passage!.b);
    expect(a.startsWith('Turkish armour pours into Idlib as ceasefire frays')).toBe(true);
    expect(a.endsWith('has reached 5,450.')).toBe(true);
    expect(b.startsWith('Turkish armour pours into Idlib as the ceasefire frays')).toBe(true);
    expect(b).not.toContain('Gaziantep');
    expect(passage!.similarity).toBeGreaterThan(0.9);
    expect(r.sharedShareB).toBeGreaterThan(0.8);
  });

  it('is symmetric in what it pairs', async () => {
    const ab = await c.call('compare:documents', { a: c.observatory, b: c.ministry });
    const ba = await c.call('compare:documents', { a: c.ministry, b: c.observatory });
    expect(ba.pairs.map((p) => [p.b, p.a, p.relation]).sort()).toEqual(ab.pairs.map((p) => [p.a, p.b, p.relation]).sort());
    expect(ba.onlyB).toEqual(ab.onlyA);
  });

  it('refuses a document that is not in the case, or the same document twice', async () => {
    await expect(c.call('compare:documents', { a: c.observatory, b: 'nope' })).rejects.toMatchObject({ code: 'not_found', message: 'Document B (nope) is not in this case.' });
    await expect(c.call('compare:documents', { a: c.copy, b: c.copy })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
