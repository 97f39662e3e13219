/**
 * Generated claims written in bulk (plain INSERTs in one transaction, no change log): the
 * grid benchmark's million-claim case and the order tests' small ones. Deterministic for a
 * given seed. The values mimic extracted claims: units, subjects, event types, qualifiers,
 * statuses, dates, a place each, sources of which a third are graded.
 */
import type { WritableDb } from '../../electron/services/casefile/case-db.ts';
import { newId } from '../../shared/domain/ids.ts';

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const UNITS = ['armoured vehicles', 'soldiers', 'civilians', 'people displaced', 'airstrikes', 'trucks', 'tanks', 'fighters', 'rockets', 'families', 'military columns', 'barrel bombs'];
const SUBJECTS = ['Turkey', 'Syrian army', 'Russia', 'HTS', 'SDF', 'opposition', 'UN', 'civilians', null];
const EVENTS = ['battle', 'explosion_remote_violence', 'violence_against_civilians', 'troop_movement', 'displacement', 'humanitarian', 'casualties', null];
const QUALIFIERS = ['exact', 'more_than', 'at_least', 'about', 'fewer_than', null];
const STATUSES = ['unreviewed', 'unreviewed', 'unreviewed', 'confirmed', 'disputed', 'rejected'];
const VERBS = ['entered', 'were reported near', 'were killed in', 'fled', 'were seen moving towards', 'struck', 'arrived in', 'left'];
const PLACE_NAMES = ['Idlib', 'Saraqib', 'Aleppo', 'Maarat al-Numan', 'Ariha', 'Jisr al-Shughur', 'Kafr Losin', 'Atarib', 'Sarmada', 'Taftanaz', 'Binnish', 'Khan Shaykhun'];

export interface GeneratedClaims {
  claims: number;
  documents: number;
  sources: number;
  places: number;
  seed?: number;
}

/** Writes sources, documents, places and claims; returns the ids of what it wrote. */
export function writeGeneratedClaims(db: WritableDb, size: GeneratedClaims): { sources: string[]; documents: string[]; places: string[] } {
  const r = seededRandom(size.seed ?? 11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const at = '2026-11-25T12:00:00.000Z';
  let written!: { sources: string[]; documents: string[]; places: string[] };
  db.transaction(() => {
    const sources = Array.from({ length: size.sources }, (_, i) => {
      const id = newId();
      db.prepare('INSERT INTO sources (id, name, reliability, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, `Outlet ${String(i + 1).padStart(2, '0')}`, i % 3 === 0 ? 'ABCDEF'[i % 6] : null, newId(), at, 'bench', at, 'bench');
      return id;
    });
    const documents = Array.from({ length: size.documents }, (_, i) => {
      const id = newId();
      db.prepare("INSERT INTO documents (id, format, title, source_id, published, rev, created_at, created_by, updated_at, updated_by) VALUES (?, 'text', ?, ?, ?, ?, ?, ?, ?, ?)").run(id, `Report ${i + 1}: ${pick(PLACE_NAMES)} ${pick(UNITS)}`, pick(sources), '2020-02-01', newId(), at, 'bench', at, 'bench');
      return id;
    });
    const places = Array.from({ length: size.places }, (_, i) => {
      const id = newId();
      db.prepare('INSERT INTO places (id, name, lat, lon, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, `${pick(PLACE_NAMES)} ${i}`, 35 + r() * 2, 36 + r() * 2, newId(), at, 'bench', at, 'bench');
      return id;
    });
    const claim = db.prepare(
      `INSERT INTO claims (id, document_id, span_start, span_end, text, value, qualifier, unit, subject, event_type, when_start, when_end, source_id, status, credibility, rev, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = db.prepare('INSERT INTO claim_places (claim_id, place_id) VALUES (?, ?)');
    for (let i = 0; i < size.claims; i++) {
      const id = newId();
      const value = r() < 0.85 ? Math.floor(r() ** 3 * 5000) : null;
      const unit = pick(UNITS);
      const place = pick(places);
      const day = new Date(Date.UTC(2019, 11, 1) + Math.floor(r() * 240) * 86_400_000).toISOString().slice(0, 10);
      const text = `${value ?? 'Dozens of'} ${unit} ${pick(VERBS)} ${pick(PLACE_NAMES)} according to ${pick(['local sources', 'activists', 'the ministry', 'witnesses', 'the observatory'])}`;
      const start = Math.floor(r() * 5000);
      claim.run(id, pick(documents), start, start + text.length, text, value, value === null ? null : pick(QUALIFIERS), unit, pick(SUBJECTS), pick(EVENTS), day, r() < 0.2 ? day : null, pick(sources), pick(STATUSES), r() < 0.3 ? 1 + Math.floor(r() * 6) : null, id, at, 'bench', at, 'bench');
      link.run(id, place);
    }
    written = { sources, documents, places };
  })();
  return written;
}
