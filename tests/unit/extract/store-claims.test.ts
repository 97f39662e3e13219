import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { insertRecord, updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { storeDocument } from '../../../electron/services/documents/store-document.ts';
import { repositoryRoot } from '../../../electron/services/environment.ts';
import { EXTRACTOR_VERSION } from '../../../electron/services/extract/extractor-version.ts';
import { extractDocumentClaims } from '../../../electron/services/extract/store-claims.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { gazetteer } from './extract-helpers.ts';

const SAMPLE = readFileSync(join(repositoryRoot(), 'tests', 'fixtures', 'turkey-convoys-idlib.txt'), 'utf8');

interface ClaimRow {
  id: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  source_id: string | null;
  via: string;
  span_start: number;
  span_end: number;
  extractor_version: string;
  deleted_at: string | null;
  subject: string | null;
  when_start: string | null;
}

function addDocument(db: Parameters<typeof storeDocument>[0], text: string, published = '2020-08-20'): string {
  return db.transaction(() =>
    storeDocument(db, { bytes: Buffer.from(text), mediaType: 'text/plain', format: 'text', fileName: 'a.txt', title: 'A', text, published }, TEST_ACTOR).id,
  )();
}

function claims(db: Parameters<typeof storeDocument>[0], documentId: string): ClaimRow[] {
  return statement(db, 'SELECT * FROM claims WHERE document_id = ? ORDER BY span_start').all(documentId) as ClaimRow[];
}

describe('storing claims', () => {
  it('stores claims with their span, version, source (with aliases), via and places', () => {
    const c = makeCase();
    const doc = addDocument(c.db, SAMPLE);
    const result = c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))();
    expect(result).toMatchObject({ added: result.claims, removed: 0 });
    const rows = claims(c.db, doc);
    const vehicles = rows.find((r) => r.value === 75)!;
    expect(vehicles).toMatchObject({ qualifier: 'more_than', unit: 'armoured vehicles', extractor_version: EXTRACTOR_VERSION });
    expect(SAMPLE.slice(vehicles.span_start, vehicles.span_end)).toBe('more than 75 armoured vehicles');
    const sohr = statement(c.db, 'SELECT name, kind, aliases FROM sources WHERE id = ?').get(vehicles.source_id) as { name: string; kind: string; aliases: string };
    expect(sohr).toEqual({ name: 'Syrian Observatory for Human Rights', kind: 'organisation', aliases: '["SOHR"]' });
    const convoys = rows.find((r) => r.value === 6)!;
    const via = JSON.parse(convoys.via) as string[];
    expect((statement(c.db, 'SELECT name FROM sources WHERE id = ?').get(via[0]) as { name: string }).name).toBe('Middle East Monitor');
    const placeNames = statement(c.db, 'SELECT p.name, p.resolution, p.lat FROM claim_places cp JOIN places p ON p.id = cp.place_id WHERE cp.claim_id = ?').all(
      rows.find((r) => r.value === 11500)!.id,
    );
    expect(placeNames).toEqual([
      { name: 'Idlib', resolution: 'gazetteer', lat: 35.9306 },
      { name: 'Aleppo', resolution: 'gazetteer', lat: 36.2012 },
    ]);
    expect(statement(c.db, "SELECT count(*) AS n FROM changes WHERE table_name = 'claims' AND op = 'insert'").get()).toEqual({ n: rows.length });
    c.close();
  });

  it('re-extracts without touching analysts\' edits, graded claims or ids', () => {
    const c = makeCase();
    const doc = addDocument(c.db, SAMPLE);
    c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))();
    const before = claims(c.db, doc);
    const edited = before.find((r) => r.value === 75)!;
    const graded = before.find((r) => r.value === 16)!;
    const plain = before.find((r) => r.value === 5450)!;
    updateRecord(c.db, 'claims', edited.id, { unit: 'armoured personnel carriers', edited_fields: ['unit'] }, 'analyst');
    updateRecord(c.db, 'claims', graded.id, { credibility: 2, status: 'confirmed' }, 'analyst');

    const again = c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))();
    expect(again).toMatchObject({ added: 0, removed: 0 });
    const after = claims(c.db, doc);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.find((r) => r.id === edited.id)!.unit).toBe('armoured personnel carriers');

    // The text changes (a new revision of the document): figures that vanished go, unless someone worked on them.
    const revised = SAMPLE.replace('more than 16 raids', 'several raids').replace('has reached 5,450', 'has grown').replace('more than 75 armoured', 'many armoured');
    statement(c.db, 'UPDATE document_texts SET text = ? WHERE document_id = ?').run(revised, doc);
    const third = c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))();
    const live = claims(c.db, doc).filter((r) => r.deleted_at === null);
    expect(live.map((r) => r.id)).toContain(graded.id);
    expect(live.map((r) => r.id)).toContain(edited.id);
    expect(live.map((r) => r.id)).not.toContain(plain.id);
    expect(third.kept).toBe(2);
    expect(third.removed).toBeGreaterThanOrEqual(1);
    c.close();
  });

  it('reuses a place the analyst fixed or added, under any spelling', () => {
    const c = makeCase();
    const { id: placeId } = insertRecord(
      c.db,
      'places',
      { name: 'Kafr Losin', alt_names: ['Kafr Lusin'], lat: 36.19, lon: 36.62, resolution: 'analyst', kind: 'populated_place' },
      'analyst',
    );
    const doc = addDocument(c.db, 'Five Turkish columns entered via Kafr Lusin, the SOHR said. Later 7 trucks crossed at Kafr Losin.');
    c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))();
    const linked = statement(c.db, 'SELECT DISTINCT place_id FROM claim_places').all() as { place_id: string }[];
    expect(linked).toEqual([{ place_id: placeId }]);
    expect(statement(c.db, 'SELECT count(*) AS n FROM places').get()).toEqual({ n: 1 });

    // A second document spelling the same gazetteer place differently gets the same case place.
    const one = addDocument(c.db, "Shelling killed 9 people in Ma'arrat al-Nu'man.");
    const two = addDocument(c.db, 'Shelling killed 4 people in Maarat al-Numan.');
    c.db.transaction(() => {
      extractDocumentClaims(c.db, one, gazetteer, TEST_ACTOR);
      extractDocumentClaims(c.db, two, gazetteer, TEST_ACTOR);
    })();
    const maarat = statement(c.db, "SELECT id, name, alt_names FROM places WHERE gazetteer_id = 'geonames:167611'").all() as { alt_names: string }[];
    expect(maarat).toHaveLength(1);
    expect(JSON.parse(maarat[0]!.alt_names)).toContain('Maarat al-Numan');
    c.close();
  });

  it('works on a case file reopened from disk, and on documents without claims', () => {
    const c = makeCase();
    const doc = addDocument(c.db, 'Nothing to count here.');
    expect(c.db.transaction(() => extractDocumentClaims(c.db, doc, gazetteer, TEST_ACTOR))()).toMatchObject({ claims: 0, added: 0 });
    c.close();
    const reopened = openCase(c.path);
    const db = reopened.writable!;
    const doc2 = addDocument(db, 'At least 12 soldiers were killed near Kibumba, army spokesman Guillaume Ndjike said.', '2024-02-24');
    expect(db.transaction(() => extractDocumentClaims(db, doc2, gazetteer, TEST_ACTOR))()).toMatchObject({ claims: 1, added: 1 });
    reopened.close();
  });
});
