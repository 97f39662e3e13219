import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { writeFiles } from '../../helpers/import-helpers.ts';
import { tempDir } from '../../helpers/temp.ts';
import { fixture } from './compare-fixtures.ts';

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('sightline compare', () => {
  it('prints exactly {pairs, onlyA, onlyB, shared} with --json, a summary without, and refuses unknown documents', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const dir = tempDir();
    const casePath = join(dir, 'case.sightline');
    expect(await main(['new', casePath, '--title', 'Compare'], capture().io)).toBe(0);
    const files = writeFiles(dir, { 'observatory.txt': fixture('observatory-report.txt'), 'copy.txt': fixture('syndicated-copy.txt') });
    expect(await main(['import', casePath, ...files], capture().io)).toBe(0);
    const listed = capture();
    expect(await main(['search', casePath, 'armour', '--json'], listed.io)).toBe(0);
    const hits = (JSON.parse(listed.out.join('\n')) as { hits: { documentId: string; title: string }[] }).hits;
    const original = hits.find((h) => h.title.endsWith('as ceasefire frays'))!.documentId;
    const copy = hits.find((h) => h.title.endsWith('as the ceasefire frays'))!.documentId;

    const json = capture();
    expect(await main(['compare', casePath, original, copy, '--json'], json.io)).toBe(0);
    const result = JSON.parse(json.out.join('\n')) as Record<string, unknown> & { pairs: Record<string, unknown>[]; shared: Record<string, unknown>[] };
    expect(Object.keys(result)).toEqual(['pairs', 'onlyA', 'onlyB', 'shared']);
    expect(result.pairs.length).toBe(3);
    for (const pair of result.pairs) {
      expect(Object.keys(pair)).toEqual(['a', 'b', 'relation', 'difference']);
      expect(pair).toMatchObject({ relation: 'agree', difference: null });
    }
    expect(result.onlyA).toHaveLength(2);
    expect(result.onlyB).toEqual([]);
    expect(result.shared).toEqual([{ a: [0, expect.any(Number)], b: [0, expect.any(Number)] }]);
    const [start, end] = result.shared[0]!['a'] as [number, number];
    expect(fixture('observatory-report.txt').slice(start, end)).toMatch(/^Turkish armour[\s\S]*has reached 5,450\.$/);

    const text = capture();
    expect(await main(['compare', casePath, original, copy], text.io)).toBe(0);
    expect(text.out.join('\n')).toMatch(/^3 paired claims: 3 agree, 0 differ; 2 only in A, 0 only in B\.[\s\S]*= more than 75 armoured vehicles {2}\| {2}more than 80 armoured vehicles[\s\S]*1 shared passage: \d+ % of A, \d+ % of B\.$/);

    const bad = capture();
    expect(await main(['compare', casePath, original, 'missing-id'], bad.io)).toBe(1);
    expect(bad.err.join('')).toMatch(/Document B \(missing-id\) is not in this case\./);
  });
});
