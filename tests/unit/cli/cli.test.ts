import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { tempDir } from '../../helpers/temp.ts';

const run = promisify(execFile);
const BIN = new URL('../../../bin/sightline.js', import.meta.url).pathname;

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('sightline CLI', () => {
  it('creates a case and prints its info as text and JSON', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const path = join(tempDir(), 'idlib.sightline');
    const created = capture();
    expect(await main(['new', path, '--title', 'Idlib 2020'], created.io)).toBe(0);
    expect(created.out.join('')).toContain('Created');

    const text = capture();
    expect(await main(['info', path], text.io)).toBe(0);
    expect(text.out.join('\n')).toMatch(/Idlib 2020[\s\S]*documents\s+0[\s\S]*claims\s+0/);

    const json = capture();
    expect(await main(['info', path, '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out.join(''))).toMatchObject({ title: 'Idlib 2020', path, counts: { documents: 0, claims: 0 } });
  });

  it('fails with a clear line and a non-zero code on bad input', async () => {
    const notACase = join(tempDir(), 'notes.sightline');
    writeFileSync(notACase, 'hello');
    const bad = capture();
    expect(await main(['info', notACase], bad.io)).toBe(1);
    expect(bad.err.join('')).toMatch(/^sightline: .*not a Sightline case file/);

    const existing = capture();
    expect(await main(['new', notACase, '--title', 'x'], existing.io)).toBe(2);
    expect(existing.err.join('')).toMatch(/already exists/);

    const usage = capture();
    expect(await main(['new'], usage.io)).toBe(2);
  });

  it('runs as `sightline` from the package bin, listing its commands', async () => {
    const { stdout } = await run(process.execPath, [BIN, '--help']);
    for (const command of ['new', 'info', 'serve']) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  });
});
