/**
 * The case's codebook: tags with a colour and a description, nestable one level (a tag
 * may sit under a top-level tag). Highlights and claims are coded with them.
 */
import { z } from 'zod';
import { AUTHORSHIP } from './authorship.ts';
import { defineMethod } from './define.ts';

export const TagColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #e8a33d.')
  .transform((c) => c.toLowerCase());

const TagName = z.string().trim().min(1, 'A tag needs a name.').max(100, 'Keep tag names under 100 characters.');

export const Tag = z.object({
  id: z.string(),
  rev: z.string(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
  /** The top-level tag this one sits under, if any. */
  parentId: z.string().nullable(),
  /** Live annotations coded with this tag. */
  annotationCount: z.number().int(),
  ...AUTHORSHIP,
});
export type Tag = z.infer<typeof Tag>;

/** The codebook, top-level tags by name, each followed by its children by name. */
export const tagsList = defineMethod('tags:list', "The case's codebook", z.object({}).strict(), z.object({ tags: z.array(Tag) }));

/** Adds a tag; the colour defaults to the first palette colour the codebook does not use yet. */
export const tagsCreate = defineMethod(
  'tags:create',
  'Add a tag to the codebook',
  z.object({
    name: TagName,
    color: TagColor.optional(),
    description: z.string().max(2000).default(''),
    parentId: z.string().nullable().default(null),
  }),
  Tag,
);

/** Renames, recolours, describes or (un)nests a tag. `expectedRev` refuses an edit over someone else's. */
export const tagsUpdate = defineMethod(
  'tags:update',
  'Edit a tag',
  z.object({
    id: z.string(),
    expectedRev: z.string().optional(),
    name: TagName.optional(),
    color: TagColor.optional(),
    description: z.string().max(2000).optional(),
    parentId: z.string().nullable().optional(),
  }),
  Tag,
);

/**
 * Deletes a tag and the tags nested under it (tombstones: restorable, and the deletion
 * merges). Annotations keep their link to the tag, so a restore brings the coding back.
 */
export const tagsDelete = defineMethod(
  'tags:delete',
  'Delete a tag (and its children)',
  z.object({ id: z.string() }),
  z.object({ deleted: z.array(z.string()) }),
);

/** Undoes a deletion. */
export const tagsRestore = defineMethod(
  'tags:restore',
  'Restore deleted tags',
  z.object({ ids: z.array(z.string()).min(1).max(1000) }),
  z.object({ restored: z.array(z.string()) }),
);
