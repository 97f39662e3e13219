/**
 * Event groups: claims about the same event from any number of documents. Within each
 * bucket of possibly matching claims (claim-match.ts), claims are linked to their best
 * match in each other document — the pairing of two documents, applied across the case —
 * and linked claims form a group. Points of one running total join their series. Per group:
 * the independent witnesses (witnesses.ts), the range of figures, the pairs of independent
 * claims that disagree, and running totals that go down.
 */
import type { EventGroup, GroupClaim, TotalDecrease } from '../../../shared/contract/compare.ts';
import { dayInterval, isRunningTotalStep, matchBucket, matchScore } from './claim-match.ts';
import type { CompareClaim } from './compare-claims.ts';
import { comparedClaim } from './compare-documents.ts';
import { describeFigure, figureInterval, figuresAgree, hasFigure } from './figures.ts';
import { MIN_MATCH } from './pair-claims.ts';
import { UnionFind } from './union-find.ts';
import { witnessesOf, type CaseDocuments } from './witnesses.ts';

/** A group with the claims' own records, for the source summary. */
export interface BuiltGroup {
  group: EventGroup;
  claims: CompareClaim[];
  witnesses: number[];
  /** Per claim index: agrees with a claim of another witness / differs from one. */
  agreesWithOther: boolean[];
  differsFromOther: boolean[];
}

/**
 * Links claims of the same event. All candidate links are taken best first, each claim
 * linking at most one claim of any other document (as in the two-document pairing), so a
 * weak match cannot chain two events together through a claim already paired better.
 */
function linkClaims(claims: readonly CompareClaim[]): UnionFind {
  const sets = new UnionFind(claims.length);
  const buckets = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = matchBucket(c);
    if (key !== null) (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
  });
  const edges: { i: number; j: number; score: number }[] = [];
  const consider = (i: number, j: number): void => {
    const score = matchScore(claims[i]!, claims[j]!);
    if (score < MIN_MATCH) return;
    if (claims[i]!.documentId === claims[j]!.documentId) {
      // One document can give several points of a running total ("1,975 by March … 5,450 now").
      if (isRunningTotalStep(claims[i]!, claims[j]!)) sets.union(i, j);
      return;
    }
    edges.push({ i, j, score });
  };
  const times = claims.map(dayInterval);
  for (const members of buckets.values()) {
    // Dated claims only match claims whose time overlaps theirs: a sweep over start days
    // instead of every pair. Undated claims can match anything in the bucket.
    const dated = members.filter((i) => times[i] !== null).sort((x, y) => (times[x]![0] < times[y]![0] ? -1 : times[x]![0] > times[y]![0] ? 1 : x - y));
    const undated = members.filter((i) => times[i] === null);
    for (let x = 0; x < dated.length; x++) {
      const end = times[dated[x]!]![1];
      for (let y = x + 1; y < dated.length && times[dated[y]!]![0] <= end; y++) consider(dated[x]!, dated[y]!);
    }
    for (let x = 0; x < undated.length; x++) {
      for (let y = x + 1; y < undated.length; y++) consider(undated[x]!, undated[y]!);
      for (const j of dated) consider(undated[x]!, j);
    }
  }
  edges.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const linked = new Set<string>();
  for (const { i, j } of edges) {
    const toJ = `${i}>${claims[j]!.documentId}`;
    const toI = `${j}>${claims[i]!.documentId}`;
    if (linked.has(toJ) || linked.has(toI)) continue;
    linked.add(toJ).add(toI);
    sets.union(i, j);
  }
  return sets;
}

const central = (c: CompareClaim): number | null => {
  const interval = figureInterval(c);
  return c.value ?? (interval ? interval.low : null);
};

const formattedDays = new Map<string, string>();

function formatDay(day: string): string {
  let text = formattedDays.get(day);
  if (text === undefined) {
    text = formatDayNow(day);
    formattedDays.set(day, text);
  }
  return text;
}

function formatDayNow(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function labelOf(claims: readonly CompareClaim[]): string {
  const most = (values: (string | null)[]): string | null => {
    const counts = new Map<string, number>();
    for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const what = most(claims.map((c) => c.unit)) ?? most(claims.map((c) => c.eventType?.replace(/_/g, ' ') ?? null)) ?? 'claims';
  const days = claims.map(dayInterval).filter((d): d is [string, string] => d !== null);
  const from = days.map((d) => d[0]).sort()[0];
  const to = days.map((d) => d[1]).sort().pop();
  const when = from && to ? (from === to ? formatDay(from) : `${formatDay(from)} – ${formatDay(to)}`) : null;
  return [what, most(claims.map((c) => c.subject)), most(claims.flatMap((c) => c.places.map((p) => p.name))), when].filter(Boolean).join(' · ');
}

/** Running-total points that go down: a later end with a figure surely below an earlier one. */
function decreasesOf(claims: readonly CompareClaim[]): { decreases: TotalDecrease[]; involved: Set<number> } {
  const decreases: TotalDecrease[] = [];
  const involved = new Set<number>();
  for (let i = 0; i < claims.length; i++) {
    for (let j = 0; j < claims.length; j++) {
      const earlier = claims[i]!;
      const later = claims[j]!;
      if (i === j || !isRunningTotalStep(earlier, later)) continue;
      const endEarlier = dayInterval(earlier)![1];
      const endLater = dayInterval(later)![1];
      if (endEarlier >= endLater) continue;
      const before = figureInterval(earlier)!;
      const after = figureInterval(later)!;
      if (after.high < before.low) {
        involved.add(i).add(j);
        decreases.push({
          earlier: earlier.id,
          later: later.id,
          description: `${describeFigure(later)} by ${formatDay(endLater)} is fewer than ${describeFigure(earlier)} by ${formatDay(endEarlier)}, counted from the same start (${formatDay(dayInterval(earlier)![0])})`,
        });
      }
    }
  }
  return { decreases, involved };
}

export function buildEventGroups(claims: readonly CompareClaim[], docs: CaseDocuments): BuiltGroup[] {
  const sets = linkClaims(claims);
  const members = new Map<number, number[]>();
  claims.forEach((_, i) => {
    const root = sets.find(i);
    (members.get(root) ?? members.set(root, []).get(root)!).push(i);
  });
  const built: BuiltGroup[] = [];
  for (const indexes of members.values()) {
    const groupClaims = indexes.map((i) => claims[i]!);
    const documents = new Set(groupClaims.map((c) => c.documentId)).size;
    const { decreases, involved } = decreasesOf(groupClaims);
    if (documents < 2 && decreases.length === 0) continue;
    const witnesses = witnessesOf(groupClaims, docs);
    const agrees = groupClaims.map(() => false);
    const differs = groupClaims.map(() => false);
    let conflicts = 0;
    for (let i = 0; i < groupClaims.length; i++) {
      for (let j = i + 1; j < groupClaims.length; j++) {
        if (witnesses[i] === witnesses[j]) continue;
        const a = groupClaims[i]!;
        const b = groupClaims[j]!;
        if (isRunningTotalStep(a, b) && !figuresAgree(a, b)) continue; // judged as a series below
        if (!hasFigure(a) || figuresAgree(a, b)) {
          agrees[i] = agrees[j] = true;
        } else {
          differs[i] = differs[j] = true;
          conflicts++;
        }
      }
    }
    for (const i of involved) differs[i] = true;
    const values = groupClaims.map(central).filter((v): v is number => v !== null);
    const out: GroupClaim[] = groupClaims.map((c, i) => ({ ...comparedClaim(c), documentTitle: docs.title(c.documentId), outlet: docs.outlet(c.documentId), witness: witnesses[i]! }));
    built.push({
      group: {
        id: groupClaims[0]!.id,
        label: labelOf(groupClaims),
        claims: out,
        documents,
        independentSources: new Set(witnesses).size,
        min: values.length > 0 ? Math.min(...values) : null,
        max: values.length > 0 ? Math.max(...values) : null,
        conflicts,
        decreases,
        conflict: conflicts > 0 || decreases.length > 0,
      },
      claims: groupClaims,
      witnesses,
      agreesWithOther: agrees,
      differsFromOther: differs,
    });
  }
  // Most contested first: conflicts, then decreases, then the most independent sources.
  return built.sort(
    (x, y) =>
      Number(y.group.conflict) - Number(x.group.conflict) ||
      y.group.conflicts + y.group.decreases.length - (x.group.conflicts + x.group.decreases.length) ||
      y.group.independentSources - x.group.independentSources ||
      y.group.claims.length - x.group.claims.length ||
      x.group.id.localeCompare(y.group.id),
  );
}
