/** The tags:* methods: the codebook of the open case, with the events that refresh open views. */
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { HandlerContext } from '../handler-context.ts';
import { createTag, deleteTag, restoreTags, updateTag } from './codebook.ts';

function changed(ctx: HandlerContext, ...tables: string[]): void {
  ctx.emit('case:changed', { tables });
}

export function createTagFor(ctx: HandlerContext, input: ParsedInput<'tags:create'>): MethodOutput<'tags:create'> {
  const tag = createTag(ctx.session.requireWritable(), input, ctx.actor());
  changed(ctx, 'tags');
  return tag;
}

export function updateTagFor(ctx: HandlerContext, input: ParsedInput<'tags:update'>): MethodOutput<'tags:update'> {
  const tag = updateTag(ctx.session.requireWritable(), input, ctx.actor());
  changed(ctx, 'tags', 'annotations');
  return tag;
}

export function deleteTagFor(ctx: HandlerContext, input: ParsedInput<'tags:delete'>): MethodOutput<'tags:delete'> {
  const deleted = deleteTag(ctx.session.requireWritable(), input.id, ctx.actor());
  changed(ctx, 'tags', 'annotations');
  return { deleted };
}

export function restoreTagsFor(ctx: HandlerContext, input: ParsedInput<'tags:restore'>): MethodOutput<'tags:restore'> {
  const restored = restoreTags(ctx.session.requireWritable(), input.ids, ctx.actor());
  changed(ctx, 'tags', 'annotations');
  return { restored };
}
