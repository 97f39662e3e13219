/**
 * Per source: how often its figures were corroborated or contradicted by independent
 * sources, from the event groups — evidence for the analyst's reliability grade. A claim's
 * source is the one it cites (the Observatory), else the outlet that published it.
 * A claim can be both corroborated and contradicted when independent sources disagree
 * among themselves.
 */
import type { SourceRecord } from '../../../shared/contract/compare.ts';
import type { CompareClaim } from './compare-claims.ts';
import type { BuiltGroup } from './event-groups.ts';
import type { CaseDocuments } from './witnesses.ts';

export function summariseSources(claims: readonly CompareClaim[], groups: readonly BuiltGroup[], docs: CaseDocuments): SourceRecord[] {
  const nameOf = (c: CompareClaim): string => c.sourceName ?? docs.outlet(c.documentId) ?? 'Unattributed';
  const records = new Map<string, SourceRecord>();
  const record = (name: string): SourceRecord => {
    let r = records.get(name);
    if (!r) {
      r = { name, compared: 0, corroborated: 0, contradicted: 0, alone: 0 };
      records.set(name, r);
    }
    return r;
  };
  const compared = new Set<string>();
  for (const g of groups) {
    if (new Set(g.witnesses).size < 2) continue;
    g.claims.forEach((c, i) => {
      if (!g.agreesWithOther[i] && !g.differsFromOther[i]) return;
      compared.add(c.id);
      const r = record(nameOf(c));
      r.compared++;
      if (g.agreesWithOther[i]) r.corroborated++;
      if (g.differsFromOther[i]) r.contradicted++;
    });
  }
  for (const c of claims) if (!compared.has(c.id)) record(nameOf(c)).alone++;
  return [...records.values()].sort((a, b) => b.compared - a.compared || b.contradicted - a.contradicted || a.name.localeCompare(b.name));
}
