/** Reading and editing sources as analysts grade them (reliability A–F), through the record store. */
import type { Source } from '../../../shared/contract/sources.ts';
import type { MethodInput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { updateRecord } from '../casefile/record-store.ts';

interface RawSource {
  id: string;
  rev: string;
  name: string;
  kind: Source['kind'];
  aliases: string;
  url: string | null;
  reliability: Source['reliability'];
  notes: string;
  claim_count: number;
  updated_at: string;
  updated_by: string;
}

const SELECT = `SELECT s.id, s.rev, s.name, s.kind, s.aliases, s.url, s.reliability, s.notes, s.updated_at, s.updated_by,
  (SELECT count(*) FROM claims c WHERE c.source_id = s.id AND c.deleted_at IS NULL) AS claim_count
  FROM sources s WHERE s.deleted_at IS NULL`;

function fromRaw(raw: RawSource): Source {
  return {
    id: raw.id,
    rev: raw.rev,
    name: raw.name,
    kind: raw.kind,
    aliases: JSON.parse(raw.aliases) as string[],
    url: raw.url,
    reliability: raw.reliability,
    notes: raw.notes,
    claimCount: raw.claim_count,
    updatedAt: raw.updated_at,
    updatedBy: raw.updated_by,
  };
}

export function listSources(db: ReadableDb): Source[] {
  return (statement(db, `${SELECT} ORDER BY s.name COLLATE NOCASE`).all() as RawSource[]).map(fromRaw);
}

export function getSource(db: ReadableDb, id: string): Source {
  const raw = statement(db, `${SELECT} AND s.id = ?`).get(id) as RawSource | undefined;
  if (!raw) throw new ApiError('not_found', `No source with id ${id}.`);
  return fromRaw(raw);
}

export function updateSource(db: WritableDb, input: MethodInput<'sources:update'>, actor: string): Source {
  const { id, expectedRev, ...fields } = input;
  db.transaction(() => {
    getSource(db, id);
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) patch[key] = value;
    const summary = 'reliability' in patch ? `graded ${String(patch['name'] ?? getSource(db, id).name)} ${String(patch['reliability'] ?? 'ungraded')}` : 'edited source';
    updateRecord(db, 'sources', id, patch, actor, { summary, ...(expectedRev !== undefined ? { expectedRev } : {}) });
  })();
  return getSource(db, id);
}
