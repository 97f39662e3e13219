import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { writeFiles } from '../../helpers/import-helpers.ts';
import { tempDir } from '../../helpers/temp.ts';

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('sightline export, merge and verify', () => {
  it('export → merge --json in exactly the documented shape; passwords from a file; verify exits 1 on a damaged case', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const dir = tempDir();
    const a = join(dir, 'a.sightline');
    const b = join(dir, 'b.sightline');
    expect(await main(['new', a, '--title', 'A'], capture().io)).toBe(0);
    expect(await main(['new', b, '--title', 'B'], capture().io)).toBe(0);
    const [doc] = writeFiles(dir, { 'r.txt': 'Six convoys headed towards Turkish observation points in Idlib.' });
    expect(await main(['import', a, doc!], capture().io)).toBe(0);
    const passwordFile = join(dir, 'pw.txt');
    writeFileSync(passwordFile, 'open sesame\n');
    const out = join(dir, 'a-export.sightline');
    const exported = capture();
    expect(await main(['export', a, out, '--password', '--password-file', passwordFile, '--exclude-notes'], exported.io)).toBe(0);
    expect(exported.out.join('\n')).toMatch(/Exported 1 documents.*password-protected/);
    expect(exported.out.join('\n')).toMatch(/left out: private notes/);

    const wrong = join(dir, 'wrong.txt');
    writeFileSync(wrong, 'not it\n');
    const refused = capture();
    expect(await main(['merge', b, out, '--password-file', wrong, '--json'], refused.io)).toBe(2);
    expect(refused.err.join('\n')).toMatch(/Wrong password/);

    const merged = capture();
    expect(await main(['merge', b, out, '--password-file', passwordFile, '--json'], merged.io)).toBe(0);
    const json = JSON.parse(merged.out.join('\n')) as Record<string, Record<string, number>>;
    expect(Object.keys(json)).toEqual(['added', 'updated', 'conflicts', 'unchanged']);
    expect(json['added']).toMatchObject({ documents: 1 });
    expect(json['conflicts']).toEqual([]);

    const verified = capture();
    expect(await main(['verify', b, '--json'], verified.io)).toBe(0);
    expect(JSON.parse(verified.out.join('\n'))).toMatchObject({ ok: true });
    const raw = new Database(b);
    raw.prepare("UPDATE blobs SET bytes = x'00'").run();
    raw.close();
    const broken = capture();
    expect(await main(['verify', b], broken.io)).toBe(1);
    expect(broken.out.join('\n')).toMatch(/FAIL {2}documents/);
  }, 30_000);
});
