/** The source registry as analysts edit it: reliability A–F is graded on the source. */
import { z } from 'zod';
import { RELIABILITY } from '../domain/admiralty.ts';
import { defineMethod } from './define.ts';

export const SOURCE_KINDS = ['outlet', 'organisation', 'agency', 'government', 'person', 'unnamed', 'other'] as const;

export const Source = z.object({
  id: z.string(),
  rev: z.string(),
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  aliases: z.array(z.string()),
  url: z.string().nullable(),
  reliability: z.enum(RELIABILITY).nullable(),
  notes: z.string(),
  /** Live claims citing this source. */
  claimCount: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type Source = z.infer<typeof Source>;

export const sourcesList = defineMethod('sources:list', "The case's sources, by name", z.object({}).strict(), z.object({ sources: z.array(Source) }));

export const sourcesUpdate = defineMethod(
  'sources:update',
  'Edit a source (its reliability grade A–F, name, kind, aliases, notes)',
  z.object({
    id: z.string(),
    expectedRev: z.string().optional(),
    name: z.string().trim().min(1, 'A source needs a name.').max(300).optional(),
    kind: z.enum(SOURCE_KINDS).optional(),
    aliases: z.array(z.string().trim().min(1).max(300)).max(100).optional(),
    url: z.string().trim().max(2000).nullable().optional(),
    reliability: z.enum(RELIABILITY).nullable().optional(),
    notes: z.string().max(20_000).optional(),
  }),
  Source,
);
