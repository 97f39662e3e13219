/** `sightline claims` on the sample case: filters, sort, search, --json and --csv. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/services/engine.ts';
import { main } from '../../../electron/transports/cli/main.ts';
import { parseFilters } from '../../../electron/transports/cli/commands/claims.ts';
import { testEnvironment } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

let path: string;
beforeAll(async () => {
  process.env['SIGHTLINE_HOME'] = tempDir();
  const engine = createEngine(testEnvironment());
  path = ((await engine.invoke('s', 'case:openSample', {})) as { path: string }).path;
  engine.close();
}, 60_000);

describe('sightline claims', () => {
  it('parses filters into the grid filter model', () => {
    expect(parseFilters(['status=confirmed,disputed', 'value>=50', 'value<100', 'unit~armoured', 'when<=2020-02-29'])).toEqual({
      status: { filterType: 'set', values: ['confirmed', 'disputed'] },
      value: { filterType: 'number', operator: 'AND', conditions: [{ filterType: 'number', type: 'greaterThanOrEqual', filter: 50 }, { filterType: 'number', type: 'lessThan', filter: 100 }] },
      unit: { filterType: 'text', type: 'contains', filter: 'armoured' },
      when: { filterType: 'date', type: 'lessThan', dateFrom: '2020-03-01' },
    });
    expect(() => parseFilters(['colour=red'])).toThrow(/no column "colour"/);
    expect(() => parseFilters(['value>=lots'])).toThrow(/not a number/);
    expect(() => parseFilters(['status~conf'])).toThrow(/cannot be filtered with ~/);
  });

  it('prints JSON rows filtered and sorted in SQL', async () => {
    const c = capture();
    expect(await main(['claims', path, '--filter', 'unit~armoured', '--filter', 'value>=70', '--sort', 'value:desc', '--json'], c.io)).toBe(0);
    const result = JSON.parse(c.out.join('')) as { total: number; claims: { value: number; unit: string; sourceName: string }[] };
    expect(result.total).toBe(result.claims.length);
    expect(result.claims.map((r) => r.value)).toEqual([...result.claims.map((r) => r.value)].sort((a, b) => b - a));
    expect(result.claims).toContainEqual(expect.objectContaining({ value: 75, unit: 'armoured vehicles', sourceName: 'Syrian Observatory for Human Rights' }));
  });

  it('prints CSV of a quick search, and refuses bad input with a usage error', async () => {
    const c = capture();
    expect(await main(['claims', path, '--search', 'armoured vehicles', '--csv', '--columns', 'text,value,source'], c.io)).toBe(0);
    const lines = c.out.join('').trim().split('\r\n');
    expect(lines[0]).toBe('claim,value,source');
    expect(lines).toContainEqual(expect.stringMatching(/more than 75 armoured vehicles.*,75,Syrian Observatory for Human Rights$/));
    const bad = capture();
    expect(await main(['claims', path, '--filter', 'value>>3'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/not a number/);
    const table = capture();
    expect(await main(['claims', path, '--limit', '5'], table.io)).toBe(0);
    expect(table.out.at(-1)).toMatch(/^5 of \d+ claims$/);
  });
});
