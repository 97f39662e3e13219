/**
 * Places and claims for map tests, written through the record store as extraction would:
 * a place record per name, a claim record per claim, and claim_places rows linking them.
 */
import type { WritableDb } from '../../electron/services/casefile/case-db.ts';
import { insertRecord } from '../../electron/services/casefile/record-store.ts';

export interface SeedPlace {
  name: string;
  lat?: number | null;
  lon?: number | null;
  resolution?: 'gazetteer' | 'analyst' | 'unresolved' | 'ambiguous';
  altNames?: string[];
}

export interface SeedClaim {
  text: string;
  places: string[];
  status?: 'unreviewed' | 'confirmed' | 'disputed' | 'rejected';
  whenStart?: string | null;
  whenEnd?: string | null;
  source?: string | null;
  value?: number | null;
  documentId?: string | null;
}

export function seedPlaces(db: WritableDb, places: SeedPlace[], claims: SeedClaim[], actor = 'test-analyst') {
  const placeIds = new Map<string, string>();
  const sourceIds = new Map<string, string>();
  const claimIds: string[] = [];
  db.transaction(() => {
    for (const p of places) {
      const { id } = insertRecord(
        db,
        'places',
        { name: p.name, lat: p.lat ?? null, lon: p.lon ?? null, resolution: p.resolution ?? (p.lat == null ? 'unresolved' : 'gazetteer'), alt_names: p.altNames ?? [] },
        actor,
      );
      placeIds.set(p.name, id);
    }
    for (const c of claims) {
      let sourceId: string | null = null;
      if (c.source) {
        sourceId = sourceIds.get(c.source) ?? insertRecord(db, 'sources', { name: c.source }, actor).id;
        sourceIds.set(c.source, sourceId);
      }
      const { id } = insertRecord(
        db,
        'claims',
        {
          text: c.text,
          status: c.status ?? 'unreviewed',
          when_start: c.whenStart ?? null,
          when_end: c.whenEnd ?? null,
          source_id: sourceId,
          value: c.value ?? null,
          document_id: c.documentId ?? null,
        },
        actor,
      );
      claimIds.push(id);
      for (const name of c.places) db.prepare('INSERT INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(id, placeIds.get(name)!);
    }
  })();
  return { placeIds, sourceIds, claimIds };
}
