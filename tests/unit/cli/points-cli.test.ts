import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { tempDir } from '../../helpers/temp.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('sightline points', () => {
  it('imports, lists and exports observation points', async () => {
    process.env['SIGHTLINE_HOME'] = tempDir();
    const dir = tempDir();
    const path = join(dir, 'case.sightline');
    expect(await main(['new', path, '--title', 'Points'], capture().io)).toBe(0);
    const input = join(dir, 'in.geojson');
    writeFileSync(input, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [36.6925, 36.230556] }, properties: { name: 'Bab al-Hawa crossing', type: 'crossing' } }] }));
    const imported = capture();
    expect(await main(['points', 'import', path, input], imported.io)).toBe(0);
    expect(imported.out.join('')).toBe('Imported 1 point');
    const listed = capture();
    expect(await main(['points', 'list', path], listed.io)).toBe(0);
    expect(listed.out.join('\n')).toContain('36.23056, 36.69250  crossing          Bab al-Hawa crossing');
    const kml = join(dir, 'out.kml');
    const exported = capture();
    expect(await main(['points', 'export', path, kml], exported.io)).toBe(0);
    expect(readFileSync(kml, 'utf8')).toContain('<name>Bab al-Hawa crossing</name>');
    const again = capture();
    expect(await main(['points', 'export', path, kml], again.io)).toBe(1);
    expect(again.err.join('')).toMatch(/already exists/);
    const badFormat = capture();
    expect(await main(['points', 'export', path, kml, '--format', 'shp'], badFormat.io)).toBe(2);
    const broken = join(dir, 'broken.kml');
    writeFileSync(broken, '<kml><Placemark>');
    const refused = capture();
    expect(await main(['points', 'import', path, broken], refused.io)).toBe(2);
    expect(refused.err.join('')).toMatch(/^sightline: broken\.kml is not valid XML/);
  });
});
