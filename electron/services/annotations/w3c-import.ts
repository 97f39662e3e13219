/**
 * Importing W3C Web Annotation JSON-LD into the case. Each annotation is matched to a
 * document (its urn:sightline:document IRI, then the SHA-256 of the original file, then
 * of the text; or the one document the caller names), anchored in that document's current
 * text by its selectors (so one made on another version lands moved, fuzzy or orphaned,
 * never silently misplaced), and written through the record store with its tags (matched
 * by IRI or name, created when missing). Already present annotations are skipped.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { AnchorStatus } from '../../../shared/contract/annotations.ts';
import { fromCodePointOffsets } from '../../../shared/domain/code-points.ts';
import { isId } from '../../../shared/domain/ids.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { insertRecord } from '../casefile/record-store.ts';
import { reindexDocumentNotes } from '../search/search-index.ts';
import { findTagByName, nextTagColor } from '../tags/codebook.ts';
import { TextAnchorer } from './anchor.ts';
import { readDocumentText, type DocumentText } from './document-text.ts';
import { describeSpan } from './text-quote.ts';
import { AnnotationParseError, annotationItems, parseAnnotation, type ParsedAnnotation } from './w3c-parse.ts';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportOptions {
  documentId?: string | undefined;
  /** Shown in the change log ("imported from notes.jsonld"). */
  label: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Called between batches; throws to stop (finished batches stay). */
  checkCancelled?: () => void;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  tagsCreated: string[];
  anchors: Record<AnchorStatus, number>;
  problems: { index: number | null; id: string | null; message: string }[];
}

const BATCH = 200;
const IRI_PREFIX = { annotation: 'urn:sightline:annotation:', document: 'urn:sightline:document:', tag: 'urn:sightline:tag:', claim: 'urn:sightline:claim:' };

function idFromIri(iri: string | null, prefix: string): string | null {
  return iri?.startsWith(prefix) ? iri.slice(prefix.length) : null;
}

class DocumentResolver {
  private readonly texts = new Map<string, DocumentText | null>();
  private readonly anchorers = new Map<string, TextAnchorer>();

  constructor(
    private readonly db: WritableDb,
    private readonly fixed: string | undefined,
  ) {}

  resolve(parsed: ParsedAnnotation): DocumentText {
    const candidates: (string | null)[] = this.fixed !== undefined ? [this.fixed] : [idFromIri(parsed.sourceIri, IRI_PREFIX.document), this.byBytes(parsed.sha256), this.byText(parsed.textSha256)];
    for (const id of candidates) {
      if (id === null) continue;
      const doc = this.text(id);
      if (doc) return doc;
    }
    if (this.fixed !== undefined) throw new ApiError('not_found', `There is no document with id ${this.fixed} in this case.`);
    throw new AnnotationParseError(parsed.index, parsed.iri, `its document (${parsed.sourceIri ?? 'no source'}) is not in this case; import into a chosen document instead.`);
  }

  anchorer(doc: DocumentText): TextAnchorer {
    let anchorer = this.anchorers.get(doc.documentId);
    if (!anchorer) {
      anchorer = new TextAnchorer(doc.text);
      this.anchorers.set(doc.documentId, anchorer);
    }
    return anchorer;
  }

  private text(id: string): DocumentText | null {
    if (!this.texts.has(id)) {
      try {
        this.texts.set(id, readDocumentText(this.db, id));
      } catch {
        this.texts.set(id, null);
      }
    }
    return this.texts.get(id) ?? null;
  }

  private byBytes(sha: string | null): string | null {
    if (sha === null) return null;
    const row = statement(this.db, 'SELECT id FROM documents WHERE blob_sha256 = ? AND deleted_at IS NULL LIMIT 1').get(sha) as { id: string } | undefined;
    return row?.id ?? null;
  }

  private byText(sha: string | null): string | null {
    if (sha === null) return null;
    const row = statement(
      this.db,
      'SELECT d.id FROM document_texts t JOIN documents d ON d.id = t.document_id WHERE t.text_sha256 = ? AND d.deleted_at IS NULL LIMIT 1',
    ).get(sha) as { id: string } | undefined;
    return row?.id ?? null;
  }
}

interface Placement {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: AnchorStatus;
  detail: Record<string, unknown>;
}

/** Where the annotation's selectors land in the document's current text. */
function place(parsed: ParsedAnnotation, doc: DocumentText, anchorer: TextAnchorer, at: string): Placement {
  let position: { start: number; end: number } | null = null;
  if (parsed.position) {
    try {
      const [start, end] = fromCodePointOffsets(doc.text, [parsed.position.start, parsed.position.end]);
      position = { start: start!, end: end! };
    } catch {
      position = null; // offsets past the end of this version of the text
    }
  }
  if (!parsed.quote) {
    // Position alone identifies words only in the very text it was made on.
    if (position && parsed.textSha256 === doc.textSha256 && position.end > position.start) {
      return { ...describeSpan(doc.text, position.start, position.end), status: 'anchored', detail: {} };
    }
    throw new AnnotationParseError(parsed.index, parsed.iri, 'it has only a position, made on another version of the text, and no quote to find its words by.');
  }
  const stored = { start: position?.start ?? -1, end: position?.end ?? -1, ...parsed.quote };
  const result = anchorer.anchor(stored, position?.start ?? 0);
  if (result.status === 'orphaned') {
    const start = Math.min(position?.start ?? 0, doc.text.length);
    return { start, end: start, ...parsed.quote, status: 'orphaned', detail: { reason: result.reason, at } };
  }
  const anchor = describeSpan(doc.text, result.start, result.end);
  // Imported selectors made on this very text, at the very place they say: anchored.
  const status: AnchorStatus = result.status === 'moved' && position === null ? 'anchored' : result.status;
  return {
    ...anchor,
    status,
    detail: { method: result.method, score: Math.round(result.score * 1000) / 1000, at, ...(anchor.exact !== parsed.quote.exact ? { previousExact: parsed.quote.exact } : {}) },
  };
}

class TagResolver {
  readonly created: string[] = [];
  constructor(
    private readonly db: WritableDb,
    private readonly actor: string,
    private readonly label: string,
  ) {}

  ids(tags: ParsedAnnotation['tags']): string[] {
    const ids = new Set<string>();
    for (const tag of tags) {
      const byIri = idFromIri(tag.iri, IRI_PREFIX.tag);
      if (byIri !== null) {
        const row = statement(this.db, 'SELECT id FROM tags WHERE id = ? AND deleted_at IS NULL').get(byIri) as { id: string } | undefined;
        if (row) {
          ids.add(row.id);
          continue;
        }
      }
      const existing = findTagByName(this.db, tag.name);
      if (existing) {
        ids.add(existing.id);
        continue;
      }
      const { id } = insertRecord(this.db, 'tags', { name: tag.name, color: nextTagColor(this.db), description: '', parent_id: null }, this.actor, {
        summary: `added tag "${tag.name}" (imported from ${this.label})`,
      });
      this.created.push(tag.name);
      ids.add(id);
    }
    return [...ids].sort();
  }
}

function alreadyPresent(db: WritableDb, ownId: string | null, doc: DocumentText, placement: Placement, note: string): boolean {
  if (ownId !== null && statement(db, 'SELECT 1 FROM annotations WHERE id = ?').get(ownId)) return true;
  return (
    statement(
      db,
      `SELECT 1 FROM annotations WHERE document_id = ? AND deleted_at IS NULL AND span_start = ? AND span_end = ? AND exact = ? AND note = ? LIMIT 1`,
    ).get(doc.documentId, placement.start, placement.end, placement.exact, note) !== undefined
  );
}

function claimOf(db: WritableDb, iri: string | null, documentId: string): string | null {
  const id = idFromIri(iri, IRI_PREFIX.claim);
  if (id === null) return null;
  const row = statement(db, 'SELECT id FROM claims WHERE id = ? AND document_id = ? AND deleted_at IS NULL').get(id, documentId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function importW3c(db: WritableDb, content: string, actor: string, options: ImportOptions): ImportResult {
  if (options.documentId !== undefined) readDocumentText(db, options.documentId); // a clear not_found before anything else
  const items = annotationItems(content);
  const result: ImportResult = { imported: 0, skipped: 0, tagsCreated: [], anchors: { anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 }, problems: [] };
  const documents = new DocumentResolver(db, options.documentId);
  const tags = new TagResolver(db, actor, options.label);
  const at = new Date().toISOString();
  for (let from = 0; from < items.length; from += BATCH) {
    options.checkCancelled?.();
    db.transaction(() => {
      const withNotes = new Set<string>();
      for (let index = from; index < Math.min(items.length, from + BATCH); index++) {
        try {
          const parsed = parseAnnotation(items[index], index);
          const doc = documents.resolve(parsed);
          const placement = place(parsed, doc, documents.anchorer(doc), at);
          const ownId = idFromIri(parsed.iri, IRI_PREFIX.annotation);
          const reusableId = ownId !== null && isId(ownId) ? ownId : null;
          if (alreadyPresent(db, reusableId, doc, placement, parsed.note)) {
            result.skipped++;
            continue;
          }
          const tagIds = tags.ids(parsed.tags);
          const claimId = claimOf(db, parsed.claimIri, doc.documentId);
          const kind = claimId ? 'claim' : parsed.motivation === 'commenting' || (parsed.note !== '' && tagIds.length === 0) ? 'note' : 'highlight';
          const by = parsed.creator ? ` (by ${parsed.creator}${parsed.created ? `, ${parsed.created}` : ''})` : '';
          const { id } = insertRecord(
            db,
            'annotations',
            {
              document_id: doc.documentId,
              kind,
              span_start: placement.start,
              span_end: placement.end,
              exact: placement.exact,
              prefix: placement.prefix,
              suffix: placement.suffix,
              note: parsed.note,
              claim_id: claimId,
              anchor_status: placement.status,
              text_sha256: doc.textSha256,
              anchor_detail: placement.detail,
            },
            actor,
            { ...(reusableId ? { id: reusableId } : {}), at, children: { tags: tagIds }, summary: `imported from ${options.label}${by}` },
          );
          for (const tagId of tagIds) statement(db, 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)').run(id, tagId);
          result.imported++;
          result.anchors[placement.status]++;
          if (parsed.note !== '') withNotes.add(doc.documentId);
        } catch (error) {
          if (!(error instanceof AnnotationParseError)) throw error;
          result.problems.push({ index: error.index, id: error.iri, message: `Annotation ${error.index + 1}: ${error.message}` });
        }
      }
      for (const documentId of withNotes) reindexDocumentNotes(db, documentId);
    })();
    options.onProgress?.({ done: Math.min(items.length, from + BATCH), total: items.length });
  }
  result.tagsCreated = tags.created;
  return result;
}
