/**
 * Migration 7: indexes measured on a case of a million claims (`npm run bench -- grid`).
 *
 * - Sorting claims by their Admiralty code ("B2"): the code pairs the source's reliability
 *   (on sources) with the claim's credibility (on claims), so no single index orders it.
 *   claim-order.ts reads it tier by tier instead: for each reliability, in order, the claims
 *   of sources with that reliability by credibility. Each tier walks the credibility index
 *   and needs the claim's source to know whether the claim is in the tier: with source_id in
 *   the index the walk never reads the table (~0.1 s a tier instead of ~1 s). It replaces the
 *   index on (credibility, id), of which it is an extension.
 * - The time slider's claims per day (map/claim-timeline.ts) group by the claim's day: an
 *   index on that expression answers it in index order (2.5 s → 0.1 s).
 * - The map's tally of claims per place (places/place-features.ts) reads each live claim's
 *   status and source in id order, beside claim_places' primary key: an index holding them
 *   is read instead of the table (whose rows carry the claim text).
 */
import type { Migration } from '../migration.ts';

export const migration007MillionClaims: Migration = {
  version: 7,
  name: 'million-claims',
  sql: `
DROP INDEX claims_live_credibility;
CREATE INDEX claims_live_credibility ON claims (credibility, id, source_id) WHERE deleted_at IS NULL;
CREATE INDEX claims_live_day ON claims (substr(coalesce(when_start, when_end), 1, 10)) WHERE deleted_at IS NULL;
CREATE INDEX claims_live_tally ON claims (id, status, source_id) WHERE deleted_at IS NULL;
`,
};
