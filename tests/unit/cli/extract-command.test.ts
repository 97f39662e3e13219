import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { tempDir } from '../../helpers/temp.ts';

const SAMPLE = new URL('../../fixtures/turkey-convoys-idlib.txt', import.meta.url).pathname;

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

describe('sightline extract', () => {
  it('prints exactly the JSON shape of issue 4, without a case', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const c = capture();
    expect(await main(['extract', SAMPLE, '--published', '2020-08-20', '--json'], c.io)).toBe(0);
    const out = JSON.parse(c.out.join(''));
    expect(Object.keys(out)).toEqual(['document', 'claims', 'places']);
    expect(Object.keys(out.document)).toEqual(['title', 'published']);
    expect(out.document).toEqual({ title: 'Turkey sends armoured convoys into Syria to face off against Assad', published: '2020-08-20' });
    for (const claim of out.claims) {
      expect(Object.keys(claim)).toEqual(['text', 'span', 'quantity', 'subject', 'eventType', 'when', 'places', 'source']);
      expect(claim.span).toHaveLength(2);
      if (claim.quantity) {
        expect(Object.keys(claim.quantity)).toEqual(['value', 'min', 'max', 'qualifier', 'unit']);
        expect(['exact', 'more_than', 'at_least', 'fewer_than', 'at_most', 'about', 'range', 'vague']).toContain(claim.quantity.qualifier);
        if (claim.quantity.qualifier === 'range') expect(claim.quantity.value).toBeNull();
      }
      if (claim.when) expect(Object.keys(claim.when)).toEqual(['start', 'end', 'text']);
      for (const p of claim.places) expect(Object.keys(p)).toEqual(['name', 'lat', 'lon']);
      if (claim.source) expect(Object.keys(claim.source)).toEqual(['name', 'via']);
    }
    for (const p of out.places) expect(Object.keys(p)).toEqual(['name', 'lat', 'lon', 'mentions']);
    const vehicles = out.claims.find((x: { quantity: { value: number } | null }) => x.quantity?.value === 75);
    expect(vehicles).toMatchObject({
      quantity: { value: 75, min: null, max: null, qualifier: 'more_than', unit: 'armoured vehicles' },
      subject: 'Turkey',
      source: { name: 'Syrian Observatory for Human Rights', via: [] },
    });
    const convoys = out.claims.find((x: { quantity: { value: number } | null }) => x.quantity?.value === 23);
    expect(convoys.when).toEqual({ start: '2020-08-01', end: '2020-08-20', text: 'since the beginning of August' });
    expect(convoys.source).toEqual({ name: 'Turkish media outlets', via: ['Middle East Monitor'] });
  });

  it('prints a readable table without --json', async () => {
    const c = capture();
    expect(await main(['extract', SAMPLE, '--published', '2020-08-20'], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/claim\s+when\s+where\s+according to/);
    expect(text).toMatch(/>75 armoured vehicles\s+Syrian Observatory for Human Rights/);
  });

  it('reads other formats through their importer', async () => {
    const html = join(tempDir(), 'report.html');
    writeFileSync(
      html,
      '<html><head><title>Raid</title></head><body><article><h1>Raid</h1><p>Warplanes carried out more than 16 raids in Idlib on Tuesday, the SOHR said.</p></article></body></html>',
    );
    const c = capture();
    expect(await main(['extract', html, '--published', '2020-08-20', '--json'], c.io)).toBe(0);
    const out = JSON.parse(c.out.join(''));
    expect(out.claims[0]).toMatchObject({ quantity: { value: 16, qualifier: 'more_than', unit: 'raids' }, when: { start: '2020-08-18' } });
  });

  it('refuses bad dates, missing files and files it cannot read, in one line', async () => {
    const badDate = capture();
    expect(await main(['extract', SAMPLE, '--published', '20-08-2020'], badDate.io)).toBe(2);
    expect(badDate.err.join('')).toMatch(/^sightline: --published must be a date/);
    const missing = capture();
    expect(await main(['extract', join(tempDir(), 'nope.txt')], missing.io)).toBe(1);
    expect(missing.err.join('')).toMatch(/^sightline: .*no such file/);
    const pdf = join(tempDir(), 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4 broken');
    const broken = capture();
    expect(await main(['extract', pdf], broken.io)).toBe(1);
    expect(broken.err.join('')).toMatch(/^sightline: report\.pdf could not be read/);
    const zip = join(tempDir(), 'bundle.zip');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    const archive = capture();
    expect(await main(['extract', zip], archive.io)).toBe(1);
    expect(archive.err.join('')).toMatch(/archive/);
  });
});
