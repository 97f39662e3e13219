/** Claims per day for the time slider: the span it can narrow, ignoring its own current range. */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimFilterCondition } from '../places/claim-filter-sql.ts';

export function claimTimeline(db: ReadableDb, filter: ClaimFilter): MethodOutput<'map:timeline'> {
  const where = claimFilterCondition(db, filter, { ignoreTime: true });
  const rows = statement(
    db,
    `SELECT substr(coalesce(c.when_start, c.when_end), 1, 10) AS day, count(*) AS claims
       FROM claims c WHERE ${where.sql}
      GROUP BY day ORDER BY day`,
  ).all(...where.params) as { day: string | null; claims: number }[];
  const dated = rows.filter((r): r is { day: string; claims: number } => r.day !== null && /^\d{4}-\d{2}-\d{2}$/.test(r.day));
  const undated = rows.filter((r) => !dated.includes(r as { day: string; claims: number })).reduce((s, r) => s + r.claims, 0);
  return { from: dated[0]?.day ?? null, to: dated[dated.length - 1]?.day ?? null, days: dated, undated };
}
