/**
 * Which claims a view is about. The grid, the map and the time filter all speak this one
 * shape, so a click on the map or a drag of the time slider narrows every view the same way.
 * Fields combine with AND; list fields match any of their values.
 */
import { z } from 'zod';
import { CLAIM_STATUSES, QUALIFIERS } from '../domain/claim-types.ts';

export const ClaimFilter = z.object({
  /** Full-text quick search over claim text (and notes). */
  text: z.string().max(500).optional(),
  ids: z.array(z.string()).max(10_000).optional(),
  documentIds: z.array(z.string()).optional(),
  sourceIds: z.array(z.string()).optional(),
  placeIds: z.array(z.string()).optional(),
  tagIds: z.array(z.string()).optional(),
  statuses: z.array(z.enum(CLAIM_STATUSES)).optional(),
  qualifiers: z.array(z.enum(QUALIFIERS)).optional(),
  eventTypes: z.array(z.string()).optional(),
  /** Claims whose time (when_start … when_end) overlaps [whenFrom, whenTo], ISO dates. */
  whenFrom: z.string().optional(),
  whenTo: z.string().optional(),
  valueMin: z.number().optional(),
  valueMax: z.number().optional(),
});
export type ClaimFilter = z.infer<typeof ClaimFilter>;
