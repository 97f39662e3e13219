/** What the map view needs beyond places and observation points: the claims' time line. */
import { z } from 'zod';
import { ClaimFilter } from './claim-filter.ts';
import { defineMethod } from './define.ts';

/**
 * How many claims fall on each day, for the time slider (it ignores the filter's own
 * whenFrom/whenTo, so the slider always shows the whole span it can narrow).
 */
export const mapTimeline = defineMethod(
  'map:timeline',
  "Claims per day, for the time slider",
  z.object({ filter: ClaimFilter.default({}) }),
  z.object({
    /** First and last day with claims (YYYY-MM-DD), null when no claim has a date. */
    from: z.string().nullable(),
    to: z.string().nullable(),
    days: z.array(z.object({ day: z.string(), claims: z.number().int() })),
    undated: z.number().int(),
  }),
);
