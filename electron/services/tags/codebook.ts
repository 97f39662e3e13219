/**
 * The codebook: the case's tags. Names are unique (ignoring case) among live tags, so a
 * tag report and an import by name are unambiguous; nesting is one level deep (a child's
 * parent is a top-level tag), as in the coding tools analysts know.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { Tag } from '../../../shared/contract/tags.ts';
import { TAG_PALETTE } from '../../../shared/domain/tag-palette.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, insertRecord, restoreRecord, updateRecord } from '../casefile/record-store.ts';


interface TagRow {
  id: string;
  rev: string;
  name: string;
  color: string;
  description: string;
  parent_id: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
  annotation_count: number;
}

const SELECT_TAGS = `
  SELECT t.*, (SELECT count(*) FROM annotation_tags at JOIN annotations a ON a.id = at.annotation_id
               WHERE at.tag_id = t.id AND a.deleted_at IS NULL) AS annotation_count
  FROM tags t`;

function toTag(row: TagRow): Tag {
  return {
    id: row.id,
    rev: row.rev,
    name: row.name,
    color: row.color,
    description: row.description,
    parentId: row.parent_id,
    annotationCount: row.annotation_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

/** Live tags: each top-level tag by name, followed by its children by name. */
export function listTags(db: ReadableDb): Tag[] {
  const rows = statement(db, `${SELECT_TAGS} WHERE t.deleted_at IS NULL ORDER BY t.name COLLATE NOCASE`).all() as TagRow[];
  const live = new Set(rows.map((r) => r.id));
  const children = new Map<string, TagRow[]>();
  const top: TagRow[] = [];
  for (const row of rows) {
    // A child whose parent was deleted (say, in a colleague's copy) shows at the top level.
    if (row.parent_id && live.has(row.parent_id)) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
    else top.push(row);
  }
  return top.flatMap((row) => [toTag(row), ...(children.get(row.id) ?? []).map(toTag)]);
}

export function getTag(db: ReadableDb, id: string): Tag {
  const row = statement(db, `${SELECT_TAGS} WHERE t.id = ?`).get(id) as TagRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no tag with id ${id}.`);
  return toTag(row);
}

function liveTag(db: ReadableDb, id: string): TagRow {
  const row = statement(db, `${SELECT_TAGS} WHERE t.id = ? AND t.deleted_at IS NULL`).get(id) as TagRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no tag with id ${id} (it may have been deleted).`);
  return row;
}

/** The live tag named `name` (ignoring case), if any. */
export function findTagByName(db: ReadableDb, name: string): Tag | null {
  const row = statement(db, `${SELECT_TAGS} WHERE t.name = ? COLLATE NOCASE AND t.deleted_at IS NULL`).get(name.trim()) as TagRow | undefined;
  return row ? toTag(row) : null;
}

function checkName(db: ReadableDb, name: string, exceptId: string | null): void {
  const other = findTagByName(db, name);
  if (other && other.id !== exceptId) throw new ApiError('conflict', `There is already a tag named "${other.name}".`);
}

function checkParent(db: ReadableDb, tagId: string | null, parentId: string | null): void {
  if (parentId === null) return;
  if (parentId === tagId) throw new ApiError('invalid_input', 'A tag cannot sit under itself.');
  const parent = liveTag(db, parentId);
  if (parent.parent_id !== null) throw new ApiError('invalid_input', `"${parent.name}" is itself nested: tags nest one level deep.`);
  if (tagId !== null) {
    const child = statement(db, 'SELECT name FROM tags WHERE parent_id = ? AND deleted_at IS NULL LIMIT 1').get(tagId) as { name: string } | undefined;
    if (child) throw new ApiError('invalid_input', `This tag has tags under it ("${child.name}"): tags nest one level deep.`);
  }
}

/** The first palette colour no live tag uses (cycling when all are taken). */
export function nextTagColor(db: ReadableDb): string {
  const used = new Set((statement(db, 'SELECT color FROM tags WHERE deleted_at IS NULL').all() as { color: string }[]).map((r) => r.color.toLowerCase()));
  const free = TAG_PALETTE.find((c) => !used.has(c));
  if (free) return free;
  const count = (statement(db, 'SELECT count(*) AS n FROM tags').get() as { n: number }).n;
  return TAG_PALETTE[count % TAG_PALETTE.length]!;
}

export function createTag(
  db: WritableDb,
  input: { name: string; color?: string | undefined; description: string; parentId: string | null },
  actor: string,
): Tag {
  const id = db.transaction(() => {
    checkName(db, input.name, null);
    checkParent(db, null, input.parentId);
    return insertRecord(
      db,
      'tags',
      { name: input.name, color: input.color ?? nextTagColor(db), description: input.description, parent_id: input.parentId },
      actor,
      { summary: `added tag "${input.name}"` },
    ).id;
  })();
  return getTag(db, id);
}

export function updateTag(
  db: WritableDb,
  input: {
    id: string;
    expectedRev?: string | undefined;
    name?: string | undefined;
    color?: string | undefined;
    description?: string | undefined;
    parentId?: string | null | undefined;
  },
  actor: string,
): Tag {
  db.transaction(() => {
    const current = liveTag(db, input.id);
    if (input.name !== undefined) checkName(db, input.name, input.id);
    if (input.parentId !== undefined) checkParent(db, input.id, input.parentId);
    const what = input.name !== undefined && input.name !== current.name ? `renamed tag "${current.name}" to "${input.name}"` : `edited tag "${current.name}"`;
    updateRecord(
      db,
      'tags',
      input.id,
      { name: input.name, color: input.color, description: input.description, parent_id: input.parentId },
      actor,
      { ...(input.expectedRev ? { expectedRev: input.expectedRev } : {}), summary: what },
    );
  })();
  return getTag(db, input.id);
}

/** Deletes a tag and its live children; returns every id deleted (for undo). */
export function deleteTag(db: WritableDb, id: string, actor: string): string[] {
  return db.transaction(() => {
    const tag = liveTag(db, id);
    const children = (statement(db, 'SELECT id FROM tags WHERE parent_id = ? AND deleted_at IS NULL').all(id) as { id: string }[]).map((r) => r.id);
    for (const child of children) deleteRecord(db, 'tags', child, actor, { summary: `deleted tag (under "${tag.name}")` });
    deleteRecord(db, 'tags', id, actor, { summary: `deleted tag "${tag.name}"` });
    return [id, ...children];
  })();
}

/** Restores deleted tags; a restored name that is now taken by another live tag is refused. */
export function restoreTags(db: WritableDb, ids: string[], actor: string): string[] {
  return db.transaction(() => {
    const restored: string[] = [];
    // Parents first, so a restored child finds its parent alive.
    const rows = ids.map((id) => {
      const row = statement(db, 'SELECT id, name, parent_id, deleted_at FROM tags WHERE id = ?').get(id) as
        | { id: string; name: string; parent_id: string | null; deleted_at: string | null }
        | undefined;
      if (!row) throw new ApiError('not_found', `There is no tag with id ${id}.`);
      return row;
    });
    rows.sort((a, b) => Number(a.parent_id !== null) - Number(b.parent_id !== null));
    for (const row of rows) {
      if (row.deleted_at === null) continue;
      checkName(db, row.name, row.id);
      restoreRecord(db, 'tags', row.id, actor, { summary: `restored tag "${row.name}"` });
      restored.push(row.id);
    }
    return restored;
  })();
}
