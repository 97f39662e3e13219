/** The extract:* and documents:extract methods. */
import type { ExtractCounts, ExtractTextOutput } from '../../../shared/contract/extract.ts';
import { statement } from '../casefile/case-db.ts';
import { gazetteerAt } from '../gazetteer/gazetteer.ts';
import type { HandlerContext } from '../handler-context.ts';
import { extractorFor, type ExtractedDocument } from './extract-document.ts';
import { extractDocumentClaims } from './store-claims.ts';

/** The public JSON shape of issue 4 (key order as written there). */
export function toJson(doc: ExtractedDocument): ExtractTextOutput {
  const place = (p: { name: string; lat: number | null; lon: number | null }): { name: string; lat: number | null; lon: number | null } => ({
    name: p.name,
    lat: p.lat,
    lon: p.lon,
  });
  return {
    document: { title: doc.title, published: doc.published },
    claims: doc.claims.map((c) => ({
      text: c.text,
      span: c.span,
      quantity: c.quantity ? { value: c.quantity.value, min: c.quantity.min, max: c.quantity.max, qualifier: c.quantity.qualifier, unit: c.quantity.unit } : null,
      subject: c.subject,
      eventType: c.eventType,
      when: c.when ? { start: c.when.start, end: c.when.end, text: c.when.text } : null,
      places: c.places.map((p) => place(p.place)),
      source: c.source ? { name: c.source.name, via: c.via.map((v) => v.name) } : null,
    })),
    places: doc.places.map((p) => ({ ...place(p.place), mentions: p.mentions })),
  };
}

export function extractText(
  ctx: HandlerContext,
  input: { text: string; title?: string | null | undefined; published?: string | null | undefined; language?: string | null | undefined },
): ExtractTextOutput {
  const gazetteer = gazetteerAt(ctx.env.resourcesDir);
  const doc = extractorFor(gazetteer, input.language).extract({
    text: input.text,
    title: input.title ?? null,
    published: input.published ?? null,
    language: input.language ?? null,
  });
  return toJson(doc);
}

export async function extractDocuments(ctx: HandlerContext, input: { documentIds?: string[] | undefined; jobId?: string | undefined }): Promise<ExtractCounts> {
  const db = ctx.session.requireWritable();
  const ids =
    input.documentIds ??
    (statement(db, 'SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY created_at').all() as { id: string }[]).map((r) => r.id);
  const gazetteer = gazetteerAt(ctx.env.resourcesDir);
  const totals: ExtractCounts = { documents: 0, claims: 0, added: 0, updated: 0, unchanged: 0, removed: 0, kept: 0 };
  const actor = ctx.actor();
  try {
    await ctx.jobs.run(
      { jobId: input.jobId, kind: 'extract', label: 'Extracting claims', total: ids.length },
      (p) => ctx.emit('job:progress', p),
      async (job) => {
        for (const id of ids) {
          job.throwIfCancelled();
          const title = (statement(db, 'SELECT title FROM documents WHERE id = ?').get(id) as { title: string } | undefined)?.title ?? id;
          job.update({ current: title });
          const r = db.transaction(() => extractDocumentClaims(db, id, gazetteer, actor))();
          totals.documents++;
          for (const k of ['claims', 'added', 'updated', 'unchanged', 'removed', 'kept'] as const) totals[k] += r[k];
          job.update({ done: totals.documents });
          // let progress events and cancellation through between documents
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
    );
  } finally {
    if (totals.documents > 0) ctx.emit('case:changed', { tables: ['claims', 'claim_places', 'places', 'sources'] });
  }
  return totals;
}
