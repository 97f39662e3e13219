/** One annotation as a card: the quote, where it is, who made it, its note and tags. */
import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/contract/annotations.ts';
import { STATUS_HELP, STATUS_LABELS } from './annotation-groups.ts';

export function TagChip({ name, color }: { name: string; color: string }) {
  return (
    <span className="tag-chip" dir="auto">
      <span className="tag-dot" style={{ background: color }} aria-hidden="true" />
      {name}
    </span>
  );
}

export function StatusPill({ status }: { status: Annotation['anchorStatus'] }) {
  if (status === 'anchored') return null;
  return (
    <span className={`pill anchor-pill anchor-${status}`} title={STATUS_HELP[status]}>
      {STATUS_LABELS[status]}
    </span>
  );
}

const KIND_LABELS: Record<Annotation['kind'], string> = { highlight: 'Highlight', note: 'Note', claim: 'Claim' };

export function AnnotationCard({
  annotation,
  showDocument,
  active = false,
  onOpen,
  actions,
  accent,
}: {
  annotation: Annotation;
  showDocument: boolean;
  active?: boolean;
  /** The colour of the edge: the tag the card is listed under (default: its first tag). */
  accent?: string | undefined;
  onOpen?: (() => void) | undefined;
  actions?: ReactNode;
}) {
  const a = annotation;
  const color = accent ?? a.tags[0]?.color;
  const when = new Date(a.createdAt).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return (
    <article className={`annotation-card ${active ? 'active' : ''} status-${a.anchorStatus}`} style={color ? { borderInlineStartColor: color } : undefined} data-annotation-id={a.id} aria-label={`${KIND_LABELS[a.kind]}: ${a.exact.slice(0, 80)}`}>
      <button type="button" className="annotation-open" onClick={onOpen} disabled={!onOpen} title={onOpen ? (a.anchorStatus === 'orphaned' ? 'Open the document' : 'Show in the document') : undefined}>
        <blockquote className="annotation-quote" dir="auto">
          {a.exact}
        </blockquote>
        {a.anchorDetail.previousExact !== undefined && a.anchorStatus === 'fuzzy' && (
          <p className="annotation-previous faint" dir="auto">
            was: “{a.anchorDetail.previousExact}”
          </p>
        )}
      </button>
      {a.note && (
        <p className="annotation-note" dir="auto">
          {a.note}
        </p>
      )}
      {a.claim && (
        <p className="annotation-claim muted" dir="auto">
          Claim{a.claim.value !== null ? `: ${a.claim.value}${a.claim.unit ? ` ${a.claim.unit}` : ''}` : ' (value to fill in)'}
          {a.claim.deleted ? ' — deleted' : ''}
        </p>
      )}
      <footer className="annotation-meta">
        <span className="annotation-kind faint">{KIND_LABELS[a.kind]}</span>
        {a.tags.map((t) => (
          <TagChip key={t.id} name={t.name} color={t.color} />
        ))}
        <StatusPill status={a.anchorStatus} />
        <span className="grow" />
        <span className="faint annotation-where" dir="auto">
          {showDocument ? `${a.documentTitle}${a.page !== null ? `, p. ${a.page}` : ''} · ` : a.page !== null ? `p. ${a.page} · ` : ''}
          {a.createdBy} · {when}
        </span>
        {actions}
      </footer>
    </article>
  );
}
