import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { importBytes } from '../../helpers/import-helpers.ts';
import { makeCase } from '../../helpers/make-case.ts';

const SAMPLE = readFileSync(new URL('../../fixtures/turkey-convoys-idlib.txt', import.meta.url));

describe('import extracts claims', () => {
  it('stores the claims of each imported document in the same transaction, HTML included', async () => {
    const c = makeCase();
    await importBytes(c.db, 'turkey-convoys-idlib.txt', SAMPLE);
    await importBytes(
      c.db,
      'raid.html',
      '<html><head><title>Raid</title></head><body><article><h1>Raid</h1><p>At least 12 soldiers were killed near Kibumba, army spokesman Guillaume Ndjike said.</p></article></body></html>',
    );
    const rows = statement(c.db, "SELECT d.file_name AS file, count(c.id) AS n FROM documents d LEFT JOIN claims c ON c.document_id = d.id GROUP BY d.id ORDER BY d.file_name").all();
    expect(rows).toEqual([
      { file: 'raid.html', n: 1 },
      { file: 'turkey-convoys-idlib.txt', n: expect.any(Number) },
    ]);
    expect((rows[1] as { n: number }).n).toBeGreaterThanOrEqual(9);
    const vehicles = statement(c.db, "SELECT s.name FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.value = 75").get();
    expect(vehicles).toEqual({ name: 'Syrian Observatory for Human Rights' });
    c.close();
  });
});
