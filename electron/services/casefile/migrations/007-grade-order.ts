/**
 * Migration 7: sorting claims by their Admiralty code ("B2") from an index.
 *
 * The code pairs the source's reliability (on sources) with the claim's credibility (on
 * claims), so no single index orders it. claim-order.ts reads it tier by tier instead: for
 * each reliability, in order, the claims of sources with that reliability by credibility.
 * Each tier walks the credibility index and needs the claim's source to know whether the
 * claim is in the tier: with source_id in the index the walk never reads the table (on a
 * million claims, ~0.1 s per tier instead of ~1 s). It replaces the index on (credibility,
 * id), of which it is an extension, so sorting by credibility alone still uses it.
 */
import type { Migration } from '../migration.ts';

export const migration007GradeOrder: Migration = {
  version: 7,
  name: 'grade-order',
  sql: `
DROP INDEX claims_live_credibility;
CREATE INDEX claims_live_credibility ON claims (credibility, id, source_id) WHERE deleted_at IS NULL;
`,
};
