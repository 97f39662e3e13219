/**
 * Compare: two documents side by side (where they agree, differ and copy each other), the
 * case's event groups (most contested first) and each source's record. Other views open it
 * with `navigate('compare', { a, b })`; the reader's "Compare with…" passes only `a`, and
 * the analyst picks the other document here.
 */
import { useEffect, useState } from 'react';
import { useCase } from '../../app/case-context.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { DocumentPair } from './DocumentPair.tsx';
import { DocumentPicker } from './DocumentPicker.tsx';
import { EventGroups } from './EventGroups.tsx';
import { SourceRecords } from './SourceRecords.tsx';
import './compare.css';

type Tab = 'pair' | 'groups' | 'sources';

const TABS: [Tab, string][] = [
  ['pair', 'Two documents'],
  ['groups', 'Event groups'],
  ['sources', 'Sources'],
];

interface CompareState {
  tab: Tab;
  a: string | null;
  b: string | null;
  sync: boolean;
}

/** The chosen documents survive switching views (per case, for this window). */
function useCompareState(caseId: string): [CompareState, (patch: Partial<CompareState>) => void] {
  const key = `sightline.compare.${caseId}`;
  const [state, setState] = useState<CompareState>(() => {
    try {
      return { tab: 'pair', a: null, b: null, sync: true, ...(JSON.parse(sessionStorage.getItem(key) ?? '{}') as Partial<CompareState>) };
    } catch {
      return { tab: 'pair', a: null, b: null, sync: true };
    }
  });
  const update = (patch: Partial<CompareState>): void =>
    setState((current) => {
      const next = { ...current, ...patch };
      sessionStorage.setItem(key, JSON.stringify(next));
      return next;
    });
  return [state, update];
}

export function CompareView() {
  const { info } = useCase();
  const { params } = useWorkspace();
  const [state, update] = useCompareState(info?.id ?? 'none');

  useEffect(() => {
    const a = typeof params['a'] === 'string' ? params['a'] : null;
    const b = typeof params['b'] === 'string' ? params['b'] : null;
    if (a) update({ tab: 'pair', a, b: b && b !== a ? b : state.b === a ? null : state.b });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs for each navigation
  }, [params]);

  const tabs = (
    <div className="compare-tabs" role="tablist" aria-label="Comparison">
      {TABS.map(([id, label]) => (
        <button key={id} role="tab" aria-selected={state.tab === id} className={`compare-tab ${state.tab === id ? 'active' : ''}`} onClick={() => update({ tab: id })}>
          {label}
        </button>
      ))}
    </div>
  );
  if (state.tab !== 'pair')
    return (
      <div className="compare-view">
        <div className="toolbar compare-toolbar">{tabs}</div>
        {state.tab === 'groups' ? <EventGroups onCompare={(a, b) => update({ tab: 'pair', a, b })} /> : <SourceRecords />}
      </div>
    );
  return (
    <div className="compare-view">
      <div className="toolbar compare-toolbar">
        {tabs}
        <DocumentPicker label="Document on the left" value={state.a} exclude={state.b} onChange={(a) => update({ a })} />
        <button className="button small" onClick={() => update({ a: state.b, b: state.a })} disabled={!state.a || !state.b} title="Swap the two documents" aria-label="Swap the two documents">
          ⇄
        </button>
        <DocumentPicker label="Document on the right" value={state.b} exclude={state.a} onChange={(b) => update({ b })} />
        <label className="row compare-sync">
          <input type="checkbox" checked={state.sync} onChange={(e) => update({ sync: e.target.checked })} /> Scroll together
        </label>
        <span className="grow" />
        <span className="compare-legend" aria-hidden="true">
          <span className="legend-shared">shared text</span>
          <span className="legend-agree">agree</span>
          <span className="legend-differ">differ</span>
          <span className="legend-only">one source only</span>
        </span>
      </div>
      {state.a && state.b ? (
        <DocumentPair key={`${state.a}:${state.b}`} a={state.a} b={state.b} sync={state.sync} />
      ) : (
        <div className="empty-state">
          <h3>Compare two sources</h3>
          <p>Pick two documents above, or use “Compare with…” on a document in the reader. Paired claims are linked across the middle, differences are spelled out, and text one copied from the other is shaded.</p>
        </div>
      )}
    </div>
  );
}
