/**
 * Which records an export leaves out. Computed inside the export's read transaction into a
 * temp table `x_rows(table_name, id)` on the exporting connection, so the copy, the change
 * log filter and the report all agree on the same set.
 *
 * - excludeDocuments: those documents, their attachments (children by parent_id), and
 *   everything pointing into them (claims, annotations, point links, search rows).
 * - onlyTags: keep the claims and annotations carrying one of the tags (or a child tag), the
 *   claims those annotations anchor, and their documents (with the documents' parents);
 *   other tags leave the codebook. Places, sources and observation points are kept.
 * - excludeNotes: note annotations are left out; the note fields are emptied (in the copy
 *   and in the copied change log).
 */
import type Database from 'better-sqlite3';
import type { LeftOut } from '../../../shared/contract/share.ts';

export interface Redaction {
  excludeNotes: boolean;
  excludeDocuments: readonly string[];
  onlyTags: readonly string[];
}

/** Tables with free-text notes and the column that holds them. */
export const NOTE_COLUMNS: Readonly<Record<string, string>> = {
  annotations: 'note',
  claims: 'notes',
  observation_points: 'notes',
  sources: 'notes',
};

function run(db: Database.Database, sql: string, ...params: unknown[]): number {
  return db.prepare(sql).run(...params).changes;
}

export function computeExclusions(db: Database.Database, redaction: Redaction): LeftOut {
  run(db, 'CREATE TEMP TABLE x_rows (table_name TEXT NOT NULL, id TEXT NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID');
  run(db, 'CREATE TEMP TABLE x_ask (id TEXT PRIMARY KEY) WITHOUT ROWID');
  const reasons: string[] = [];
  const ask = db.prepare('INSERT OR IGNORE INTO x_ask (id) VALUES (?)');

  if (redaction.excludeDocuments.length > 0) {
    for (const id of redaction.excludeDocuments) ask.run(id);
    const found = run(
      db,
      `INSERT OR IGNORE INTO x_rows (table_name, id)
       WITH RECURSIVE gone(id) AS (SELECT d.id FROM main.documents d JOIN x_ask a ON a.id = d.id
         UNION SELECT d.id FROM main.documents d JOIN gone g ON d.parent_id = g.id)
       SELECT 'documents', id FROM gone`,
    );
    reasons.push(`${found} chosen document${found === 1 ? '' : 's'} (with attachments)`);
  }

  if (redaction.onlyTags.length > 0) {
    run(db, 'DELETE FROM x_ask');
    for (const tag of redaction.onlyTags) ask.run(tag);
    run(
      db,
      `CREATE TEMP TABLE k_tags AS
       WITH RECURSIVE chosen(id) AS (
         SELECT t.id FROM main.tags t WHERE t.id IN (SELECT id FROM x_ask) OR lower(t.name) IN (SELECT lower(id) FROM x_ask)
         UNION SELECT t.id FROM main.tags t JOIN chosen c ON t.parent_id = c.id)
       SELECT id FROM chosen`,
    );
    const known = (db.prepare('SELECT count(*) AS n FROM k_tags').get() as { n: number }).n;
    if (known === 0) throw new Error(`no tag is named ${redaction.onlyTags.map((t) => JSON.stringify(t)).join(' or ')}`);
    run(
      db,
      `CREATE TEMP TABLE k_annotations AS SELECT DISTINCT annotation_id AS id FROM main.annotation_tags WHERE tag_id IN (SELECT id FROM k_tags)`,
    );
    run(
      db,
      `CREATE TEMP TABLE k_claims AS SELECT claim_id AS id FROM main.claim_tags WHERE tag_id IN (SELECT id FROM k_tags)
       UNION SELECT a.claim_id FROM main.annotations a WHERE a.id IN (SELECT id FROM k_annotations) AND a.claim_id IS NOT NULL`,
    );
    run(
      db,
      `CREATE TEMP TABLE k_documents AS
       WITH RECURSIVE kept(id) AS (
         SELECT document_id FROM main.claims WHERE id IN (SELECT id FROM k_claims) AND document_id IS NOT NULL
         UNION SELECT document_id FROM main.annotations WHERE id IN (SELECT id FROM k_annotations)
         UNION SELECT d.parent_id FROM main.documents d JOIN kept k ON d.id = k.id WHERE d.parent_id IS NOT NULL)
       SELECT id FROM kept`,
    );
    run(db, `INSERT OR IGNORE INTO x_rows SELECT 'documents', id FROM main.documents WHERE id NOT IN (SELECT id FROM k_documents)`);
    run(db, `INSERT OR IGNORE INTO x_rows SELECT 'claims', id FROM main.claims WHERE id NOT IN (SELECT id FROM k_claims)`);
    run(db, `INSERT OR IGNORE INTO x_rows SELECT 'annotations', id FROM main.annotations WHERE id NOT IN (SELECT id FROM k_annotations)`);
    run(
      db,
      `INSERT OR IGNORE INTO x_rows
       WITH RECURSIVE needed(id) AS (SELECT id FROM k_tags UNION SELECT t.parent_id FROM main.tags t JOIN needed n ON t.id = n.id WHERE t.parent_id IS NOT NULL)
       SELECT 'tags', id FROM main.tags WHERE id NOT IN (SELECT id FROM needed)`,
    );
    reasons.push(`everything not tagged ${redaction.onlyTags.join(', ')}`);
  }

  if (redaction.excludeNotes) {
    run(db, `INSERT OR IGNORE INTO x_rows SELECT 'annotations', id FROM main.annotations WHERE kind = 'note'`);
    reasons.push('private notes (note annotations and note fields, also in the change log)');
  }

  // What points into a left-out record goes too.
  run(db, `INSERT OR IGNORE INTO x_rows SELECT 'claims', id FROM main.claims WHERE document_id IN (SELECT id FROM x_rows WHERE table_name = 'documents')`);
  run(
    db,
    `INSERT OR IGNORE INTO x_rows SELECT 'annotations', id FROM main.annotations
     WHERE document_id IN (SELECT id FROM x_rows WHERE table_name = 'documents')
        OR claim_id IN (SELECT id FROM x_rows WHERE table_name = 'claims')`,
  );

  const count = (table: string): number =>
    (db.prepare('SELECT count(*) AS n FROM x_rows WHERE table_name = ?').get(table) as { n: number }).n;
  const total = (db.prepare('SELECT count(*) AS n FROM x_rows').get() as { n: number }).n;
  const documents = count('documents');
  const claims = count('claims');
  const annotations = count('annotations');
  const tags = count('tags');
  const changes = (
    db.prepare('SELECT count(*) AS n FROM main.changes c WHERE EXISTS (SELECT 1 FROM x_rows x WHERE x.table_name = c.table_name AND x.id = c.row_id)').get() as {
      n: number;
    }
  ).n;
  return {
    notes: redaction.excludeNotes,
    documents,
    claims,
    annotations,
    tags,
    otherRecords: total - documents - claims - annotations - tags,
    changes,
    reasons,
  };
}
