/**
 * The time slider: a histogram of the claims' dates with a two-handled range over it. Moving
 * a handle narrows the workspace's claim scope (whenFrom/whenTo), so the map and the grid
 * both follow.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { mapFilter } from './claim-places-layer.ts';

const DAY = 86_400_000;
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const fromDay = (day: string): number => Date.parse(`${day}T00:00:00Z`);
const BINS = 48;

export function TimeFilter() {
  const { scope, setScope } = useClaimScope();
  const { whenFrom: _from, whenTo: _to, ...rest } = mapFilter(scope);
  const timeline = useApi('map:timeline', { filter: rest }, { tables: ['claims'] });
  const data = timeline.data;
  const span = data?.from && data.to ? { start: fromDay(data.from), days: Math.round((fromDay(data.to) - fromDay(data.from)) / DAY) } : null;

  const [range, setRange] = useState<[number, number] | null>(null);
  useEffect(() => {
    if (!span) return;
    const a = scope.whenFrom ? Math.max(0, Math.round((fromDay(scope.whenFrom.slice(0, 10)) - span.start) / DAY)) : 0;
    const b = scope.whenTo ? Math.min(span.days, Math.round((fromDay(scope.whenTo.slice(0, 10)) - span.start) / DAY)) : span.days;
    setRange([Math.min(a, b), Math.max(a, b)]);
  }, [span?.start, span?.days, scope.whenFrom, scope.whenTo]); // eslint-disable-line react-hooks/exhaustive-deps

  const bins = useMemo(() => {
    if (!data || !span) return [];
    const counts = new Array<number>(Math.min(BINS, span.days + 1)).fill(0);
    for (const d of data.days) {
      const index = Math.min(counts.length - 1, Math.floor(((fromDay(d.day) - span.start) / DAY / (span.days + 1)) * counts.length));
      counts[index] = counts[index]! + d.claims;
    }
    return counts;
  }, [data, span?.start, span?.days]); // eslint-disable-line react-hooks/exhaustive-deps

  const commitTimer = useRef<number | undefined>(undefined);
  const commit = (next: [number, number]): void => {
    setRange(next);
    window.clearTimeout(commitTimer.current);
    commitTimer.current = window.setTimeout(() => {
      if (!span) return;
      const full = next[0] === 0 && next[1] === span.days;
      setScope(full ? { whenFrom: undefined, whenTo: undefined } : { whenFrom: toDay(span.start + next[0] * DAY), whenTo: toDay(span.start + next[1] * DAY) });
    }, 200);
  };

  if (!data) return null;
  if (!span || !range) {
    return (
      <div className="time-filter empty" data-testid="time-filter">
        <span className="faint">No dated claims{data.undated ? ` (${data.undated} undated)` : ''}</span>
      </div>
    );
  }
  const max = Math.max(1, ...bins);
  const active = scope.whenFrom !== undefined || scope.whenTo !== undefined;
  const pct = (v: number): number => (span.days === 0 ? 0 : (v / span.days) * 100);
  return (
    <div className="time-filter" data-testid="time-filter">
      <div className="time-filter-labels">
        <span className="mono">{toDay(span.start + range[0] * DAY)}</span>
        <span className="faint">{active ? 'claims in this period' : `all dated claims${data.undated ? ` · ${data.undated} undated` : ''}`}</span>
        <span className="mono">{toDay(span.start + range[1] * DAY)}</span>
      </div>
      <div className="time-filter-track">
        <svg className="time-filter-histogram" viewBox={`0 0 ${bins.length} 100`} preserveAspectRatio="none" aria-hidden="true">
          {bins.map((n, i) => {
            const inRange = ((i + 0.5) / bins.length) * 100 >= pct(range[0]) - 100 / bins.length && ((i + 0.5) / bins.length) * 100 <= pct(range[1]) + 100 / bins.length;
            return <rect key={i} x={i + 0.1} width={0.8} y={100 - (n / max) * 100} height={(n / max) * 100} className={inRange ? 'in' : 'out'} />;
          })}
        </svg>
        <input
          type="range"
          aria-label="Period start"
          min={0}
          max={span.days}
          value={range[0]}
          onChange={(e) => commit([Math.min(Number(e.target.value), range[1]), range[1]])}
        />
        <input
          type="range"
          aria-label="Period end"
          min={0}
          max={span.days}
          value={range[1]}
          onChange={(e) => commit([range[0], Math.max(Number(e.target.value), range[0])])}
        />
      </div>
      {active && (
        <button className="button ghost small" onClick={() => commit([0, span.days])}>
          Clear period
        </button>
      )}
    </div>
  );
}
