import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { writeFiles } from '../../helpers/import-helpers.ts';
import { tempDir } from '../../helpers/temp.ts';

const run = promisify(execFile);
const BIN = new URL('../../../bin/sightline.js', import.meta.url).pathname;

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('sightline import and search', () => {
  it('imports with --json in exactly the documented shape, and exits 1 when some files failed', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const dir = tempDir();
    const casePath = join(dir, 'case.sightline');
    expect(await main(['new', casePath, '--title', 'CLI'], capture().io)).toBe(0);
    const [good, empty] = writeFiles(dir, { 'good.txt': 'Six convoys headed towards Turkish observation points in Idlib.', 'empty.txt': '' });
    const first = capture();
    expect(await main(['import', casePath, good!, empty!, join(dir, 'gone.pdf'), '--json'], first.io)).toBe(1);
    const json = JSON.parse(first.out.join('\n')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['imported', 'duplicates', 'nearDuplicates', 'failed']);
    expect(json).toEqual({
      imported: 1,
      duplicates: 0,
      nearDuplicates: [],
      failed: [
        { file: join(dir, 'gone.pdf'), error: 'no such file or folder (it was moved or deleted)' },
        { file: empty, error: 'the file is empty (0 bytes)' },
      ],
    });
    const again = capture();
    expect(await main(['import', casePath, good!, '--json'], again.io)).toBe(0);
    expect(JSON.parse(again.out.join('\n'))).toEqual({ imported: 0, duplicates: 1, nearDuplicates: [], failed: [] });
  });

  it('searches from the command line, as text and as JSON, and refuses a malformed query', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const dir = tempDir();
    const casePath = join(dir, 'case.sightline');
    await main(['new', casePath, '--title', 'CLI'], capture().io);
    const files = writeFiles(dir, { 'a.txt': 'The columns consisted of more than 75 armoured vehicles, the SOHR said.', 'b.txt': 'Russian warplanes carried out more than 16 raids.' });
    await main(['import', casePath, ...files], capture().io);
    const text = capture();
    expect(await main(['search', casePath, 'armoured'], text.io)).toBe(0);
    expect(text.out.join('\n')).toMatch(/1 document matches:[\s\S]*more than 75 \[armoured\] vehicles/);
    const json = capture();
    expect(await main(['search', casePath, '"more than"', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.join('\n'))).toMatchObject({ total: 2, order: 'relevance' });
    const bad = capture();
    expect(await main(['search', casePath, '"unclosed'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/^sightline: The search has an opening quotation mark without a closing one\.$/);
  });

  it('lists import and search in --help', async () => {
    const { stdout } = await run(process.execPath, [BIN, '--help']);
    for (const command of ['import', 'search']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });
});
