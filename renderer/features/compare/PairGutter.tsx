/**
 * The middle gutter between two readers: a line from each claim on the left to its
 * counterpart on the right, coloured by agreement, with a label in the middle ("=" or the
 * difference), and a stub for each claim only one side reports. Positions are read from
 * the readers' own highlight boxes (`[data-highlight=claimId]`), so the lines follow the
 * text as it scrolls and reflows.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClaimPair } from '../../../shared/contract/compare.ts';

export interface GutterItems {
  pairs: ClaimPair[];
  onlyA: string[];
  onlyB: string[];
  /** Short text per pair: "=" or "75 ≠ 450". */
  labels: Map<string, string>;
}

interface Placed {
  key: string;
  kind: 'agree' | 'differ' | 'only-a' | 'only-b';
  ya: number | null;
  yb: number | null;
  label: string;
  title: string;
  labelY: number;
  pair?: ClaimPair;
}

const LABEL_HEIGHT = 22;

/** Middle of the first highlight box of a claim, relative to the gutter; null when not drawn. */
function claimY(host: HTMLElement | null, id: string, top: number): number | null {
  const box = host?.querySelector<HTMLElement>(`.doc-mark[data-highlight="${CSS.escape(id)}"]`);
  if (!box) return null;
  const rect = box.getBoundingClientRect();
  return rect.top + rect.height / 2 - top;
}

/** Re-measures when either reader scrolls, reflows or redraws its highlights. */
function useRemeasure(hostA: HTMLElement | null, hostB: HTMLElement | null): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let frame = 0;
    const schedule = (): void => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((t) => t + 1);
      });
    };
    const hosts = [hostA, hostB].filter((h): h is HTMLElement => h !== null);
    const mutations = new MutationObserver(schedule);
    for (const host of hosts) {
      host.addEventListener('scroll', schedule, { capture: true, passive: true });
      mutations.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
    }
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      for (const host of hosts) host.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [hostA, hostB]);
  return tick;
}

export function PairGutter({ hostA, hostB, items, onPick }: { hostA: HTMLElement | null; hostB: HTMLElement | null; items: GutterItems; onPick(pair: ClaimPair): void }) {
  const self = useRef<HTMLDivElement>(null);
  const tick = useRemeasure(hostA, hostB);
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });

  useLayoutEffect(() => {
    const gutter = self.current;
    if (!gutter) return;
    const rect = gutter.getBoundingClientRect();
    const visible = (y: number | null): boolean => y !== null && y > -200 && y < rect.height + 200;
    const next: Placed[] = [];
    for (const pair of items.pairs) {
      const ya = claimY(hostA, pair.a, rect.top);
      const yb = claimY(hostB, pair.b, rect.top);
      if (!visible(ya) && !visible(yb)) continue;
      const middle = ya !== null && yb !== null ? (ya + yb) / 2 : (ya ?? yb)!;
      next.push({
        key: `${pair.a}:${pair.b}`,
        kind: pair.relation,
        ya,
        yb,
        label: items.labels.get(`${pair.a}:${pair.b}`) ?? (pair.relation === 'agree' ? '=' : '≠'),
        title: pair.difference ?? 'The two sources agree on this figure',
        labelY: middle,
        pair,
      });
    }
    for (const id of items.onlyA) {
      const ya = claimY(hostA, id, rect.top);
      if (visible(ya)) next.push({ key: `a:${id}`, kind: 'only-a', ya, yb: null, label: 'only left', title: 'Only the left document reports this', labelY: ya! });
    }
    for (const id of items.onlyB) {
      const yb = claimY(hostB, id, rect.top);
      if (visible(yb)) next.push({ key: `b:${id}`, kind: 'only-b', ya: null, yb, label: 'only right', title: 'Only the right document reports this', labelY: yb! });
    }
    // Labels never overlap: each goes below the one above it when they would.
    next.sort((x, y) => x.labelY - y.labelY);
    let floor = -Infinity;
    for (const item of next) {
      item.labelY = Math.max(item.labelY, floor + LABEL_HEIGHT + 2);
      floor = item.labelY;
    }
    setPlaced(next);
    setSize({ width: rect.width, height: rect.height });
  }, [tick, items, hostA, hostB]);

  const { width, height } = size;
  const mid = width / 2;
  const half = Math.max(0, width / 2 - 8);
  return (
    <div className="compare-gutter" ref={self} aria-label="Paired claims">
      <svg width={width} height={height} aria-hidden="true">
        {placed.map((item) => {
          const cls = `gutter-line gutter-${item.kind}`;
          if (item.kind === 'only-a') return <path key={item.key} className={cls} d={`M0 ${item.ya} L14 ${item.ya}`} />;
          if (item.kind === 'only-b') return <path key={item.key} className={cls} d={`M${width - 14} ${item.yb} L${width} ${item.yb}`} />;
          const left = item.ya ?? item.labelY;
          const right = item.yb ?? item.labelY;
          const y = item.labelY;
          return (
            <path
              key={item.key}
              className={cls}
              d={`M0 ${left} C${width * 0.3} ${left} ${width * 0.2} ${y} ${mid} ${y} C${width * 0.8} ${y} ${width * 0.7} ${right} ${width} ${right}`}
            />
          );
        })}
      </svg>
      {placed.map((item) =>
        item.pair ? (
          <button
            key={item.key}
            className={`gutter-label gutter-label-${item.kind}`}
            style={{ top: item.labelY - LABEL_HEIGHT / 2, maxWidth: half * 2 }}
            title={item.title}
            data-relation={item.kind}
            onClick={() => onPick(item.pair!)}
          >
            {item.label}
          </button>
        ) : (
          <span
            key={item.key}
            className={`gutter-label gutter-label-only gutter-label-${item.kind}`}
            style={{ top: item.labelY - LABEL_HEIGHT / 2, ...(item.kind === 'only-a' ? { left: 16 } : { right: 16 }) }}
            title={item.title}
            data-relation={item.kind}
          >
            {item.label}
          </span>
        ),
      )}
    </div>
  );
}
