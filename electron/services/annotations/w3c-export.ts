/**
 * Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), the
 * interchange format of Hypothesis and other annotation tools: an AnnotationCollection
 * whose first page holds every annotation.
 *
 * - target.source identifies the document by a stable IRI (urn:sightline:document:<id>)
 *   and carries its SHA-256 (of the original file, and of the extracted text the
 *   selectors point into), so another case holding the same file finds it.
 * - Selectors: a TextQuoteSelector and a TextPositionSelector whose offsets count Unicode
 *   code points, as the model says (Sightline counts UTF-16 units internally). An orphaned
 *   annotation has no valid position: it is exported with its quote only.
 * - Bodies: the note (purpose commenting), each tag (purpose tagging) and, for a claim
 *   anchor, a link to the claim (purpose linking).
 */
import type { Annotation } from '../../../shared/contract/annotations.ts';
import { toCodePointOffsets } from '../../../shared/domain/code-points.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our few extra terms, in our own namespace. */
export const SIGHTLINE_CONTEXT = {
  sightline: 'urn:sightline:vocab#',
  sha256: 'sightline:sha256',
  textSha256: 'sightline:textSha256',
  anchorStatus: 'sightline:anchorStatus',
} as const;

export const documentIri = (id: string): string => `urn:sightline:document:${id}`;
export const annotationIri = (id: string): string => `urn:sightline:annotation:${id}`;
export const tagIri = (id: string): string => `urn:sightline:tag:${id}`;
export const claimIri = (id: string): string => `urn:sightline:claim:${id}`;

const MOTIVATION: Record<Annotation['kind'], string> = { highlight: 'highlighting', note: 'commenting', claim: 'linking' };

interface SourceInfo {
  text: string;
  textSha256: string;
  blobSha256: string | null;
  mediaType: string | null;
}

function sourceInfo(db: ReadableDb, documentId: string, cache: Map<string, SourceInfo>): SourceInfo {
  let info = cache.get(documentId);
  if (!info) {
    const row = statement(
      db,
      `SELECT t.text, t.text_sha256, d.blob_sha256, b.media_type FROM documents d
       JOIN document_texts t ON t.document_id = d.id LEFT JOIN blobs b ON b.sha256 = d.blob_sha256 WHERE d.id = ?`,
    ).get(documentId) as { text: string; text_sha256: string; blob_sha256: string | null; media_type: string | null };
    info = { text: row.text, textSha256: row.text_sha256, blobSha256: row.blob_sha256, mediaType: row.media_type };
    cache.set(documentId, info);
  }
  return info;
}

export function toW3cAnnotation(annotation: Annotation, source: SourceInfo): Record<string, unknown> {
  const body: Record<string, unknown>[] = [];
  if (annotation.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', purpose: 'tagging', id: tagIri(tag.id), value: tag.name });
  if (annotation.claimId) body.push({ type: 'SpecificResource', purpose: 'linking', source: claimIri(annotation.claimId) });
  const selector: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: annotation.exact, prefix: annotation.prefix, suffix: annotation.suffix }];
  if (annotation.anchorStatus !== 'orphaned') {
    const [start, end] = toCodePointOffsets(source.text, [annotation.start, annotation.end]);
    selector.push({ type: 'TextPositionSelector', start, end });
  }
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: MOTIVATION[annotation.kind],
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    creator: { type: 'Person', name: annotation.createdBy },
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: {
        id: documentIri(annotation.documentId),
        type: 'Text',
        format: 'text/plain',
        title: annotation.documentTitle,
        ...(source.blobSha256 ? { sha256: source.blobSha256 } : {}),
        textSha256: source.textSha256,
      },
      selector,
    },
    ...(annotation.anchorStatus !== 'anchored' ? { anchorStatus: annotation.anchorStatus } : {}),
  };
}

/** The annotations as one JSON-LD AnnotationCollection. */
export function exportW3c(db: ReadableDb, annotations: Annotation[], collection: { caseId: string; label: string; generated: string }): string {
  const cache = new Map<string, SourceInfo>();
  const items = annotations.map((a) => toW3cAnnotation(a, sourceInfo(db, a.documentId, cache)));
  return JSON.stringify(
    {
      '@context': [ANNO_CONTEXT, SIGHTLINE_CONTEXT],
      id: `urn:sightline:case:${collection.caseId}:annotations`,
      type: 'AnnotationCollection',
      label: collection.label,
      generated: collection.generated,
      generator: { type: 'Software', name: 'Sightline' },
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}
