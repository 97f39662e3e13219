/** `compare:groups` and `compare:sources`: the whole case's claims grouped into events, and the per-source record. */
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import type { ReadableDb } from '../casefile/case-db.ts';
import { caseClaims } from './compare-claims.ts';
import { buildEventGroups } from './event-groups.ts';
import { summariseSources } from './source-summary.ts';
import { caseDocuments } from './witnesses.ts';

const elapsed = (started: number): number => Math.round((performance.now() - started) * 10) / 10;

export function caseEventGroups(db: ReadableDb, limit: number): MethodOutput<'compare:groups'> {
  const started = performance.now();
  const built = buildEventGroups(caseClaims(db), caseDocuments(db));
  return { groups: built.slice(0, limit).map((b) => b.group), total: built.length, tookMs: elapsed(started) };
}

export function caseSourceSummary(db: ReadableDb): MethodOutput<'compare:sources'> {
  const started = performance.now();
  const claims = caseClaims(db);
  const docs = caseDocuments(db);
  return { sources: summariseSources(claims, buildEventGroups(claims, docs), docs), tookMs: elapsed(started) };
}
