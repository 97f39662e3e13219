/**
 * The selected claim in full: its words in their paragraph (the span highlighted), a way to
 * open the document at that spot, the place on the map, its grade and fields, and its history.
 */
import { useState } from 'react';
import type { Change, ClaimRow } from '../../../shared/contract/claims.ts';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, type Credibility } from '../../../shared/domain/admiralty.ts';
import { useApi } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { HighlightedText } from '../documents/HighlightedText.tsx';
import { formatWhen } from './cell-edits.ts';
import { formatValue, QUALIFIER_LABELS } from './claim-column-defs.tsx';

const FIELD_LABELS: Record<string, string> = {
  value: 'value',
  value_min: 'lowest',
  value_max: 'highest',
  when_start: 'from',
  when_end: 'to',
  event_type: 'event',
  source_id: 'source',
  span_start: 'span start',
  span_end: 'span end',
  edited_fields: '',
  deleted_at: 'deleted',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : `${value.length} item${value.length === 1 ? '' : 's'}`;
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 58)}…` : text;
}

function HistoryEntry({ change }: { change: Change & { table: string } }) {
  const fields = Object.keys(change.after ?? {}).filter((f) => FIELD_LABELS[f] !== '');
  return (
    <li className="history-entry">
      <div className="history-head">
        <span className="history-actor">{change.actor}</span>
        <time dateTime={change.at}>{change.at.slice(0, 16).replace('T', ' ')}</time>
      </div>
      <div className="history-summary">{change.summary ?? change.op}</div>
      {change.op === 'update' && fields.length > 0 && (
        <ul className="history-fields">
          {fields.map((f) => (
            <li key={f}>
              <span className="muted">{FIELD_LABELS[f] ?? f.replace(/_/g, ' ')}:</span> {describeValue(change.before?.[f])} → <strong>{describeValue(change.after?.[f])}</strong>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ClaimDetail({ id, onSplit }: { id: string; onSplit(row: ClaimRow): void }) {
  const { navigate } = useWorkspace();
  const { selectClaims } = useClaimScope();
  const detail = useApi('claims:get', { id }, { tables: ['claims', 'sources', 'claim_places', 'claim_tags'] });
  const [showAll, setShowAll] = useState(false);
  if (detail.error) return <div className="claim-detail muted">{detail.error.message}</div>;
  const data = detail.data;
  if (!data) return <div className="claim-detail muted">Loading…</div>;
  const { claim, paragraph, sentence } = data;
  const history = [...data.history].reverse();
  const span = claim.spanStart !== null && claim.spanEnd !== null ? { start: claim.spanStart, end: claim.spanEnd } : null;
  return (
    <article className="claim-detail" aria-label="Claim detail" data-testid="claim-detail">
      <header className="claim-detail-head">
        <span className={`grade grade-${claim.reliability ?? 'x'}`} title="Admiralty grade">
          {claim.grade || '—'}
        </span>
        <span className={`status-pill status-${claim.status}`}>{claim.status}</span>
        {data.deleted && <span className="status-pill status-rejected">deleted</span>}
        <span className="grow" />
        <button className="button ghost small" onClick={() => onSplit(claim)} title="Split this claim in two">
          Split…
        </button>
      </header>
      <p className="claim-detail-text">{claim.text}</p>
      {paragraph && span ? (
        <blockquote className="claim-context" data-testid="claim-context">
          <HighlightedText text={paragraph.text} offset={paragraph.start} ranges={[span]} />
        </blockquote>
      ) : (
        <p className="muted">{claim.documentId ? 'The claim’s words are no longer found in its document.' : 'Added by hand, without a place in a document.'}</p>
      )}
      <div className="claim-detail-actions">
        {claim.documentId && (
          <button
            className="button small"
            onClick={() => navigate('documents', { documentId: claim.documentId, ...(span ? { start: span.start, end: span.end } : {}) })}
            title={sentence ? `Open “${claim.documentTitle ?? 'the document'}” at this sentence` : 'Open the document'}
          >
            Open in document
          </button>
        )}
        {claim.places.length > 0 && (
          <button className="button small ghost" onClick={() => selectClaims([claim.id])} title="Ring and frame this claim’s places on the map">
            Show on map
          </button>
        )}
      </div>
      <dl className="claim-fields">
        <dt>Figure</dt>
        <dd>{formatValue(claim) || '—'} {claim.unit ?? ''} {claim.qualifier && claim.qualifier !== 'exact' ? <span className="muted">({QUALIFIER_LABELS[claim.qualifier]})</span> : null}</dd>
        <dt>Source</dt>
        <dd>
          {claim.sourceName ?? '—'}
          {claim.via.length > 0 && <span className="muted"> via {claim.via.map((v) => v.name).join(', ')}</span>}
          {claim.reliability && <span className="muted"> · {RELIABILITY_LABELS[claim.reliability]}</span>}
        </dd>
        <dt>Information</dt>
        <dd>{claim.credibility ? `${claim.credibility} · ${CREDIBILITY_LABELS[claim.credibility as Credibility]}` : 'not graded'}</dd>
        <dt>Where</dt>
        <dd>{claim.places.map((p) => p.name).join(', ') || '—'}</dd>
        <dt>When</dt>
        <dd>
          {formatWhen(claim) || '—'} {claim.whenText && <span className="muted">“{claim.whenText}”</span>}
        </dd>
        <dt>Document</dt>
        <dd>{claim.documentTitle ?? '—'}</dd>
        {claim.notes && (
          <>
            <dt>Notes</dt>
            <dd className="pre">{claim.notes}</dd>
          </>
        )}
      </dl>
      <h3 className="section-title">History</h3>
      <ol className="claim-history" data-testid="claim-history">
        {(showAll ? history : history.slice(0, 6)).map((change) => (
          <HistoryEntry key={change.id} change={change} />
        ))}
      </ol>
      {history.length > 6 && !showAll && (
        <button className="link-button" onClick={() => setShowAll(true)}>
          Show all {history.length} changes
        </button>
      )}
    </article>
  );
}
