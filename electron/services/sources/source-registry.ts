/** The case's registry of sources (outlets, organisations, people) that documents and claims cite. */
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { insertRecord } from '../casefile/record-store.ts';

export type SourceKind = 'outlet' | 'organisation' | 'agency' | 'government' | 'person' | 'unnamed' | 'other';

function normalise(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The live source whose name or one of whose aliases matches `name` (case and spacing ignored). */
export function findSource(db: ReadableDb, name: string): string | null {
  const wanted = normalise(name);
  if (!wanted) return null;
  const byName = statement(db, 'SELECT id FROM sources WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL ORDER BY created_at LIMIT 1').get(
    name.trim(),
  ) as { id: string } | undefined;
  if (byName) return byName.id;
  const rows = statement(db, "SELECT id, name, aliases FROM sources WHERE deleted_at IS NULL AND (aliases != '[]' OR name != '')").all() as {
    id: string;
    name: string;
    aliases: string;
  }[];
  for (const row of rows) {
    if (normalise(row.name) === wanted) return row.id;
    const aliases = JSON.parse(row.aliases) as string[];
    if (aliases.some((a) => normalise(a) === wanted)) return row.id;
  }
  return null;
}

/** Finds the source by name or alias, or registers it. */
export function findOrCreateSource(
  db: WritableDb,
  name: string,
  actor: string,
  options: { kind?: SourceKind; aliases?: string[]; url?: string | null } = {},
): string {
  const existing = findSource(db, name);
  if (existing) return existing;
  return insertRecord(
    db,
    'sources',
    { name: name.trim(), kind: options.kind ?? 'outlet', aliases: options.aliases ?? [], url: options.url ?? null },
    actor,
    { summary: `registered source ${name.trim()}` },
  ).id;
}
