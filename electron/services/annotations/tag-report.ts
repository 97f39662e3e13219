/**
 * The tag report: every coded quote, tag by tag, the way qualitative coders read their
 * material (Taguette's and ATLAS.ti's "quotations by code"). One row per annotation and
 * tag (an annotation with two tags appears under both; one without a tag under
 * "(untagged)"), in codebook order, then by document and position.
 */
import type { Annotation } from '../../../shared/contract/annotations.ts';
import type { Tag } from '../../../shared/contract/tags.ts';

export const UNTAGGED_LABEL = '(untagged)';

export interface TagReportRow {
  tag: string;
  tagDescription: string;
  quote: string;
  document: string;
  page: number | null;
  note: string;
  author: string;
  created: string;
  anchorStatus: string;
  annotationId: string;
  documentId: string;
}

/** The report's rows; `codebook` is tags:list's order (parents followed by their children). */
export function tagReportRows(annotations: Annotation[], codebook: Tag[]): TagReportRow[] {
  const byId = new Map(codebook.map((t) => [t.id, t]));
  const order = new Map(codebook.map((t, i) => [t.id, i]));
  const label = (tag: Tag): string => {
    const parent = tag.parentId ? byId.get(tag.parentId) : undefined;
    return parent ? `${parent.name} › ${tag.name}` : tag.name;
  };
  const rows: (TagReportRow & { rank: number })[] = [];
  for (const annotation of annotations) {
    const base = {
      quote: annotation.exact,
      document: annotation.documentTitle,
      page: annotation.page,
      note: annotation.note,
      author: annotation.createdBy,
      created: annotation.createdAt,
      anchorStatus: annotation.anchorStatus,
      annotationId: annotation.id,
      documentId: annotation.documentId,
    };
    const tags = annotation.tags.map((t) => byId.get(t.id)).filter((t): t is Tag => t !== undefined);
    if (tags.length === 0) rows.push({ ...base, tag: UNTAGGED_LABEL, tagDescription: '', rank: Number.MAX_SAFE_INTEGER });
    for (const tag of tags) rows.push({ ...base, tag: label(tag), tagDescription: tag.description, rank: order.get(tag.id)! });
  }
  // Annotations arrive in document order (annotations:list); a stable sort keeps it within a tag.
  rows.sort((a, b) => a.rank - b.rank);
  return rows.map(({ rank: _rank, ...row }) => row);
}

const CSV_COLUMNS: [keyof TagReportRow, string][] = [
  ['tag', 'tag'],
  ['quote', 'quote'],
  ['document', 'document'],
  ['page', 'page'],
  ['note', 'note'],
  ['author', 'author'],
  ['created', 'created'],
  ['anchorStatus', 'anchor_status'],
  ['annotationId', 'annotation_id'],
  ['documentId', 'document_id'],
];

/**
 * One CSV field (RFC 4180). A field a spreadsheet would run as a formula (starting with
 * = + - @ or a control character) gets a leading apostrophe: quotes come from imported
 * documents, which nobody vetted.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tagReportCsv(rows: TagReportRow[]): string {
  const lines = [CSV_COLUMNS.map(([, header]) => header).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([key]) => csvField(row[key])).join(','));
  // A byte-order mark, so spreadsheet programs read the UTF-8 (Arabic, accents) as UTF-8.
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Text that Markdown shows as written: its special characters escaped. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+\-.!|~]/g, (c) => `\\${c}`);
}

export function tagReportMarkdown(rows: TagReportRow[], heading: { title: string; generated: string; scope: string }): string {
  const out: string[] = [`# Tag report — ${markdownText(heading.title)}`, '', `${markdownText(heading.scope)} · ${new Set(rows.map((r) => r.annotationId)).size} annotations · exported ${heading.generated}`, ''];
  let current: string | null = null;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.tag, (counts.get(row.tag) ?? 0) + 1);
  for (const row of rows) {
    if (row.tag !== current) {
      current = row.tag;
      out.push(`## ${markdownText(row.tag)} (${counts.get(row.tag)})`, '');
      if (row.tagDescription) out.push(`*${markdownText(row.tagDescription)}*`, '');
    }
    for (const line of row.quote.split(/\r?\n/)) out.push(`> ${markdownText(line)}`);
    const where = [`*${markdownText(row.document)}*`, row.page !== null ? `p. ${row.page}` : null, markdownText(row.author), row.created.slice(0, 10)]
      .filter((part) => part !== null)
      .join(' · ');
    out.push('', `— ${where}${row.anchorStatus === 'anchored' ? '' : ` · ${row.anchorStatus}`}`);
    if (row.note) out.push('', ...row.note.split(/\r?\n/).map((line, i) => (i === 0 ? `Note: ${markdownText(line)}` : markdownText(line))));
    out.push('');
  }
  if (rows.length === 0) out.push('No annotations.', '');
  return out.join('\n');
}
