/**
 * Migration 4: what re-anchoring needs.
 *
 * - annotations.text_sha256: the version of the document text (document_texts.text_sha256)
 *   its selectors were last anchored in. When the document's text changes (a re-import, a
 *   merge bringing a colleague's re-import) the annotations whose version differs are
 *   re-anchored (electron/services/annotations/reanchor.ts). Existing annotations are taken
 *   to point into the text their document holds now.
 * - annotations.anchor_detail: JSON of the last re-anchoring: how the words were found
 *   (position, quote, normalized, fuzzy, context), a score, why one was orphaned, and the
 *   quote before re-anchoring, so the analyst can review a fuzzy or orphaned annotation.
 * - claims.anchor_status: the same statuses for a claim's span after its document's text
 *   changed; NULL until the span has been re-anchored once (or for claims without a span).
 * - Indexes for the codebook (children of a tag), the annotations awaiting review, the
 *   author filter and the claim an annotation anchors.
 */
import type { Migration } from '../migration.ts';

export const migration004AnnotationAnchoring: Migration = {
  version: 4,
  name: 'annotation-anchoring',
  sql: `
ALTER TABLE annotations ADD COLUMN text_sha256 TEXT;
ALTER TABLE annotations ADD COLUMN anchor_detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(anchor_detail));
UPDATE annotations SET text_sha256 = (SELECT t.text_sha256 FROM document_texts t WHERE t.document_id = annotations.document_id);

ALTER TABLE claims ADD COLUMN anchor_status TEXT
  CHECK (anchor_status IS NULL OR anchor_status IN ('anchored', 'moved', 'fuzzy', 'orphaned'));

CREATE INDEX tags_parent ON tags (parent_id);
CREATE INDEX annotations_review ON annotations (document_id, anchor_status) WHERE anchor_status != 'anchored' AND deleted_at IS NULL;
CREATE INDEX annotations_author ON annotations (created_by);
CREATE INDEX annotations_claim ON annotations (claim_id) WHERE claim_id IS NOT NULL;
`,
};
