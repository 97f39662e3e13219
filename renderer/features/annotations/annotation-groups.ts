/**
 * The case's annotations grouped by tag, as coders read them: each tag of the codebook (in
 * its order, children after their parent) with the quotes coded with it, then the quotes
 * without a tag. A quote with two tags appears in both groups.
 */
import type { Annotation } from '../../../shared/contract/annotations.ts';
import type { Tag } from '../../../shared/contract/tags.ts';

export interface AnnotationGroup {
  /** The tag, or null for the untagged group. */
  tag: Tag | null;
  /** "Parent › Child" for a nested tag. */
  label: string;
  items: Annotation[];
}

export function groupByTag(annotations: Annotation[], codebook: Tag[]): AnnotationGroup[] {
  const names = new Map(codebook.map((t) => [t.id, t.name]));
  const byTag = new Map<string, Annotation[]>();
  const untagged: Annotation[] = [];
  for (const annotation of annotations) {
    const known = annotation.tags.filter((t) => names.has(t.id));
    if (known.length === 0) untagged.push(annotation);
    for (const tag of known) byTag.set(tag.id, [...(byTag.get(tag.id) ?? []), annotation]);
  }
  const groups: AnnotationGroup[] = codebook
    .filter((tag) => byTag.has(tag.id))
    .map((tag) => ({ tag, label: tag.parentId && names.has(tag.parentId) ? `${names.get(tag.parentId)} › ${tag.name}` : tag.name, items: byTag.get(tag.id)! }));
  if (untagged.length > 0) groups.push({ tag: null, label: 'Untagged', items: untagged });
  return groups;
}

/** A tag and the tags nested under it (selecting a parent in a filter means its family). */
export function withChildren(tagId: string, codebook: Tag[]): string[] {
  return [tagId, ...codebook.filter((t) => t.parentId === tagId).map((t) => t.id)];
}

export const STATUS_LABELS: Record<Annotation['anchorStatus'], string> = {
  anchored: 'Anchored',
  moved: 'Moved',
  fuzzy: 'Changed — review',
  orphaned: 'Not found',
};

export const STATUS_HELP: Record<Annotation['anchorStatus'], string> = {
  anchored: 'At its place in the text, same words.',
  moved: 'The text changed; the same words were found elsewhere.',
  fuzzy: 'The text changed; similar words were found. Check them, then confirm.',
  orphaned: 'The text changed and these words are no longer in it. Select them again or delete the annotation.',
};
