/**
 * Two documents side by side: each in the reader's DocumentText, shared passages shaded,
 * claims marked by how they compare; the gutter between links paired claims; scrolling one
 * side scrolls the other to the aligned passage (scroll-sync.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimPair, ComparedClaim } from '../../../shared/contract/compare.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { useApi } from '../../api/client-context.tsx';
import { DocumentText, type Highlight } from '../documents/DocumentText.tsx';
import { formatPublished } from '../documents/format.ts';
import type { TextRange } from '../documents/text-layout.ts';
import { PairGutter, type GutterItems } from './PairGutter.tsx';
import { mapOffset, monotoneAnchors, offsetAtY, yOfOffset, type Anchor } from './scroll-sync.ts';

type Comparison = MethodOutput<'compare:documents'>;

const SHORT_QUALIFIERS: [RegExp, string][] = [
  [/^more than /, '>'],
  [/^at least (?=[\d,.]+$)/, '≥'],
  [/^fewer than /, '<'],
  [/^up to /, '≤'],
  [/^about /, '~'],
];

/** The amount without its unit, short enough for the gutter: ">75", "~500", "20–25". */
function amount(claim: ComparedClaim | undefined): string {
  if (!claim) return '?';
  let text = claim.unit && claim.figure.endsWith(claim.unit) ? claim.figure.slice(0, -claim.unit.length).trim() || claim.figure : claim.figure;
  for (const [pattern, symbol] of SHORT_QUALIFIERS) text = text.replace(pattern, symbol);
  return text;
}

function gutterItems(result: Comparison): GutterItems {
  const labels = new Map<string, string>();
  for (const p of result.pairs) {
    const a = amount(result.claims[p.a]);
    const b = amount(result.claims[p.b]);
    labels.set(`${p.a}:${p.b}`, p.relation === 'agree' ? (a === b ? `= ${a}` : `${a} ≈ ${b}`) : `${a} ≠ ${b}`);
  }
  return { pairs: result.pairs, onlyA: result.onlyA, onlyB: result.onlyB, labels };
}

function highlightsFor(result: Comparison, side: 'a' | 'b'): Highlight[] {
  const out: Highlight[] = result.shared.map((s) => ({ start: s[side][0], end: s[side][1], kind: s.inOrder ? 'shared' : 'shared-moved' }));
  const mark = (id: string, kind: string): void => {
    const span = result.claims[id]?.span;
    if (span) out.push({ start: span[0], end: span[1], kind, id });
  };
  for (const p of result.pairs) mark(p[side], `claim-${p.relation}`);
  for (const id of side === 'a' ? result.onlyA : result.onlyB) mark(id, 'claim-only');
  return out;
}

function anchorsFor(result: Comparison, lengthA: number, lengthB: number): Anchor[] {
  const points: Anchor[] = [];
  for (const s of result.shared) {
    if (!s.inOrder) continue;
    points.push({ a: s.a[0], b: s.b[0] }, { a: s.a[1], b: s.b[1] });
  }
  for (const p of result.pairs) {
    const a = result.claims[p.a]?.span;
    const b = result.claims[p.b]?.span;
    if (a && b) points.push({ a: a[0], b: b[0] });
  }
  return monotoneAnchors(points, lengthA, lengthB);
}

function PaneHead({ id, share, side }: { id: string; share: number | undefined; side: string }) {
  const doc = useApi('documents:get', { id }, { tables: ['documents', 'sources'] });
  const meta = [doc.data?.sourceName, formatPublished(doc.data?.published ?? null)].filter(Boolean).join(' · ');
  return (
    <header className="compare-pane-head">
      <span className="compare-side">{side}</span>
      <div className="grow compare-pane-title">
        <h3 dir="auto">{doc.data?.title ?? '…'}</h3>
        <p className="muted">{meta}</p>
      </div>
      {share !== undefined && <span className={`pill ${share > 0.5 ? 'pill-copied' : ''}`} title="Share of this text also found in the other document">{Math.round(share * 100)} % shared</span>}
    </header>
  );
}

export function DocumentPair({ a, b, sync }: { a: string; b: string; sync: boolean }) {
  const docA = useApi('documents:get', { id: a }, { tables: ['documents'] });
  const docB = useApi('documents:get', { id: b }, { tables: ['documents'] });
  const compared = useApi('compare:documents', { a, b }, { tables: ['documents', 'claims', 'places', 'sources'] });
  const result = compared.data;
  const [hostA, setHostA] = useState<HTMLDivElement | null>(null);
  const [hostB, setHostB] = useState<HTMLDivElement | null>(null);
  const [focus, setFocus] = useState<{ a: TextRange | null; b: TextRange | null }>({ a: null, b: null });

  const highlightsA = useMemo(() => (result ? highlightsFor(result, 'a') : []), [result]);
  const highlightsB = useMemo(() => (result ? highlightsFor(result, 'b') : []), [result]);
  const items = useMemo(() => (result ? gutterItems(result) : null), [result]);
  const anchors = useMemo(() => (result && docA.data && docB.data ? anchorsFor(result, docA.data.text.length, docB.data.text.length) : null), [result, docA.data, docB.data]);

  // Scroll the other side to the passage aligned with what is a third of the way down this one.
  const ownScroll = useRef<Record<'a' | 'b', number>>({ a: -1, b: -1 });
  useEffect(() => {
    if (!sync || !anchors || !hostA || !hostB) return;
    const scrollerA = hostA.querySelector<HTMLElement>('.doc-scroll');
    const scrollerB = hostB.querySelector<HTMLElement>('.doc-scroll');
    if (!scrollerA || !scrollerB) return;
    const follow = (from: 'a' | 'b'): void => {
      const [source, target] = from === 'a' ? [scrollerA, scrollerB] : [scrollerB, scrollerA];
      const to = from === 'a' ? 'b' : 'a';
      if (Math.abs(source.scrollTop - ownScroll.current[from]) < 2) return; // our own move, not the analyst's
      const offset = offsetAtY(source, source.scrollTop + source.clientHeight / 3);
      if (offset === null) return;
      const y = yOfOffset(target, mapOffset(anchors, offset, from));
      if (y === null) return;
      const top = Math.max(0, Math.min(target.scrollHeight - target.clientHeight, y - target.clientHeight / 3));
      ownScroll.current[to] = top;
      target.scrollTop = top;
    };
    const onA = (): void => follow('a');
    const onB = (): void => follow('b');
    scrollerA.addEventListener('scroll', onA, { passive: true });
    scrollerB.addEventListener('scroll', onB, { passive: true });
    return () => {
      scrollerA.removeEventListener('scroll', onA);
      scrollerB.removeEventListener('scroll', onB);
    };
  }, [sync, anchors, hostA, hostB]);

  const pick = (pair: ClaimPair): void => {
    const spanA = result?.claims[pair.a]?.span;
    const spanB = result?.claims[pair.b]?.span;
    setFocus({ a: spanA ? { start: spanA[0], end: spanA[1] } : null, b: spanB ? { start: spanB[0], end: spanB[1] } : null });
  };

  if (compared.error || docA.error || docB.error) return <div className="empty-state error-text">{(compared.error ?? docA.error ?? docB.error)!.message}</div>;
  if (!result || !docA.data || !docB.data || !items) return <div className="empty-state">Comparing…</div>;
  const agree = result.pairs.filter((p) => p.relation === 'agree').length;
  return (
    <div className="compare-pair">
      <div className="compare-summary" role="status">
        <span className="chip chip-agree">{agree} agree</span>
        <span className="chip chip-differ">{result.pairs.length - agree} differ</span>
        <span className="chip chip-only">{result.onlyA.length + result.onlyB.length} one-sided</span>
        <span className="chip chip-shared">{result.shared.length} shared passage{result.shared.length === 1 ? '' : 's'}</span>
        {result.pairs
          .filter((p) => p.relation === 'differ')
          .slice(0, 3)
          .map((p) => (
            <button key={`${p.a}:${p.b}`} className="link-button difference" onClick={() => pick(p)} title="Show both claims">
              ≠ {p.difference}
            </button>
          ))}
      </div>
      <div className="compare-columns">
        <section className="compare-pane" aria-label="Left document">
          <PaneHead id={a} share={result.sharedShareA} side="A" />
          <div className="compare-pane-text" ref={setHostA}>
            <DocumentText text={docA.data.text} pages={docA.data.pages} highlights={highlightsA} focus={focus.a} label={`Text of ${docA.data.title}`} />
          </div>
        </section>
        <PairGutter hostA={hostA} hostB={hostB} items={items} onPick={pick} />
        <section className="compare-pane" aria-label="Right document">
          <PaneHead id={b} share={result.sharedShareB} side="B" />
          <div className="compare-pane-text" ref={setHostB}>
            <DocumentText text={docB.data.text} pages={docB.data.pages} highlights={highlightsB} focus={focus.b} label={`Text of ${docB.data.title}`} />
          </div>
        </section>
      </div>
    </div>
  );
}
