/**
 * A document's annotations and the edits the reader makes to them, each one undoable
 * (the undo stack and a toast with "Undo" for deletions).
 */
import { useCallback, useMemo } from 'react';
import type { Annotation, ClaimDraft } from '../../../shared/contract/annotations.ts';
import type { Tag } from '../../../shared/contract/tags.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { useUndo } from './use-undo.tsx';

export interface Span {
  start: number;
  end: number;
  exact: string;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `“${flat.slice(0, 38)}…”` : `“${flat}”`;
}

export interface DocumentAnnotations {
  annotations: Annotation[];
  tags: Tag[];
  authors: string[];
  needsReview: number;
  loading: boolean;
  highlight(span: Span, tagIds: string[], note?: string): Promise<Annotation | null>;
  note(span: Span, note: string): Promise<Annotation | null>;
  claim(span: Span, tagIds?: string[]): Promise<{ annotation: Annotation; claim: ClaimDraft } | null>;
  update(annotation: Annotation, patch: { note?: string; tagIds?: string[]; span?: Span; confirmAnchor?: boolean }): Promise<Annotation | null>;
  remove(annotation: Annotation): Promise<void>;
  createTag(name: string): Promise<Tag | null>;
}

export function useDocumentAnnotations(documentId: string): DocumentAnnotations {
  const client = useClient();
  const notify = useToast();
  const { record } = useUndo();
  const list = useApi('annotations:list', { documentId, limit: 10_000 }, { tables: ['annotations', 'tags', 'claims', 'documents'] });
  const tagList = useApi('tags:list', {}, { tables: ['tags'] });

  const fail = useCallback((error: unknown) => {
    notify('error', errorMessage(error));
    return null;
  }, [notify]);

  const undoCreate = useCallback(
    (annotation: Annotation, withClaims = false) =>
      record({ label: `${annotation.kind === 'claim' ? 'claim from' : annotation.kind === 'note' ? 'note on' : 'highlight of'} ${short(annotation.exact)}`, undo: async () => void (await client.invoke('annotations:delete', { ids: [annotation.id], withClaims })) }),
    [client, record],
  );

  const highlight = useCallback(
    async (span: Span, tagIds: string[], note = '') => {
      try {
        const created = await client.invoke('annotations:create', { documentId, ...span, kind: 'highlight', tagIds, note });
        undoCreate(created);
        return created;
      } catch (error) {
        return fail(error);
      }
    },
    [client, documentId, undoCreate, fail],
  );

  const note = useCallback(
    async (span: Span, text: string) => {
      try {
        const created = await client.invoke('annotations:create', { documentId, ...span, kind: 'note', note: text });
        undoCreate(created);
        return created;
      } catch (error) {
        return fail(error);
      }
    },
    [client, documentId, undoCreate, fail],
  );

  const claim = useCallback(
    async (span: Span, tagIds: string[] = []) => {
      try {
        const created = await client.invoke('annotations:createClaim', { documentId, ...span, tagIds });
        undoCreate(created.annotation, true);
        return created;
      } catch (error) {
        return fail(error);
      }
    },
    [client, documentId, undoCreate, fail],
  );

  const update = useCallback(
    async (annotation: Annotation, patch: { note?: string; tagIds?: string[]; span?: Span; confirmAnchor?: boolean }) => {
      try {
        const updated = await client.invoke('annotations:update', { id: annotation.id, expectedRev: annotation.rev, ...patch });
        const before = {
          ...(patch.note !== undefined ? { note: annotation.note } : {}),
          ...(patch.tagIds !== undefined ? { tagIds: annotation.tags.map((t) => t.id) } : {}),
        };
        if (Object.keys(before).length > 0) {
          record({ label: `edit of ${short(annotation.exact)}`, undo: async () => void (await client.invoke('annotations:update', { id: annotation.id, expectedRev: updated.rev, ...before })) });
        }
        return updated;
      } catch (error) {
        return fail(error);
      }
    },
    [client, record, fail],
  );

  const remove = useCallback(
    async (annotation: Annotation) => {
      try {
        const { deleted, claimsDeleted } = await client.invoke('annotations:delete', { ids: [annotation.id] });
        record(
          { label: `deletion of ${short(annotation.exact)}`, undo: async () => void (await client.invoke('annotations:restore', { ids: deleted, claimIds: claimsDeleted })) },
          `Deleted the ${annotation.kind === 'claim' ? 'claim anchor' : annotation.kind} on ${short(annotation.exact)}.`,
        );
      } catch (error) {
        fail(error);
      }
    },
    [client, record, fail],
  );

  const createTag = useCallback(
    async (name: string) => {
      try {
        const tag = await client.invoke('tags:create', { name });
        record({ label: `new tag "${tag.name}"`, undo: async () => void (await client.invoke('tags:delete', { id: tag.id })) });
        return tag;
      } catch (error) {
        return fail(error);
      }
    },
    [client, record, fail],
  );

  return useMemo(
    () => ({
      annotations: list.data?.items ?? [],
      tags: tagList.data?.tags ?? [],
      authors: list.data?.authors ?? [],
      needsReview: list.data?.needsReview ?? 0,
      loading: list.loading,
      highlight,
      note,
      claim,
      update,
      remove,
      createTag,
    }),
    [list.data, list.loading, tagList.data, highlight, note, claim, update, remove, createTag],
  );
}
