/**
 * Pairs the claims of two documents: every compatible pair is scored (claim-match.ts) and
 * the best are taken first, each claim in at most one pair. A pair agrees when the figures
 * can describe the same count (figures.ts), else it differs and says by how much.
 * Points of one running total ("since the ceasefire" to different dates) with different
 * figures are not paired: they count different things, and the event groups check them as
 * a series instead. (A copy published a day later, with the same total, still pairs.)
 */
import type { ClaimPair } from '../../../shared/contract/compare.ts';
import type { CompareClaim } from './compare-claims.ts';
import { isRunningTotalStep, matchBucket, matchScore } from './claim-match.ts';
import { describeDifference, figuresAgree, hasFigure } from './figures.ts';

/** Below this, two claims share too little to be called the same thing (a unit's kind alone is not enough). */
export const MIN_MATCH = 3.5;

export interface Pairing {
  pairs: ClaimPair[];
  onlyA: string[];
  onlyB: string[];
}

export function relationOf(a: CompareClaim, b: CompareClaim): Pick<ClaimPair, 'relation' | 'difference'> {
  if (!hasFigure(a) || figuresAgree(a, b)) return { relation: 'agree', difference: null };
  return { relation: 'differ', difference: describeDifference(a, b) };
}

export function pairClaims(claimsA: readonly CompareClaim[], claimsB: readonly CompareClaim[]): Pairing {
  const candidates: { i: number; j: number; score: number }[] = [];
  const bucketsB = new Map<string, number[]>();
  claimsB.forEach((b, j) => {
    const key = matchBucket(b);
    if (key !== null) (bucketsB.get(key) ?? bucketsB.set(key, []).get(key)!).push(j);
  });
  claimsA.forEach((a, i) => {
    const key = matchBucket(a);
    for (const j of key === null ? [] : bucketsB.get(key) ?? []) {
      const b = claimsB[j]!;
      const score = matchScore(a, b);
      if (score >= MIN_MATCH && !(isRunningTotalStep(a, b) && !figuresAgree(a, b))) candidates.push({ i, j, score });
    }
  });
  // Best first; ties in reading order, so equal candidates pair top to bottom.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const chosen: { i: number; j: number }[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    chosen.push(c);
  }
  chosen.sort((x, y) => x.i - y.i);
  return {
    pairs: chosen.map(({ i, j }) => ({ a: claimsA[i]!.id, b: claimsB[j]!.id, ...relationOf(claimsA[i]!, claimsB[j]!) })),
    onlyA: claimsA.filter((_, i) => !usedA.has(i)).map((c) => c.id),
    onlyB: claimsB.filter((_, j) => !usedB.has(j)).map((c) => c.id),
  };
}
