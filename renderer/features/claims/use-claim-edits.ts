/**
 * The grid's edits, each saved at once and pushed on the window's undo stack (Ctrl+Z) with
 * how to take it back: inline edits, grading, deleting, creating, splitting and merging.
 * Rows on screen are replaced by what the service returns, so they show the saved state.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, type RefObject } from 'react';
import type { ClaimColumn } from '../../../shared/contract/claim-grid.ts';
import type { ClaimPatch, ClaimRow } from '../../../shared/contract/claims.ts';
import type { MethodInput } from '../../../shared/contract/methods.ts';
import { useClient } from '../../api/client-context.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { useUndo } from '../annotations/use-undo.tsx';
import { cellEdit } from './cell-edits.ts';

const short = (text: string): string => (text.length > 40 ? `${text.slice(0, 38)}…` : text);

export interface ClaimEdits {
  editCell(row: ClaimRow, column: ClaimColumn, value: unknown): Promise<void>;
  update(row: ClaimRow, patch: ClaimPatch, label: string): Promise<void>;
  remove(ids: string[]): Promise<void>;
  create(input: MethodInput<'claims:create'>): Promise<ClaimRow | null>;
  split(row: ClaimRow, at: number): Promise<void>;
  merge(ids: string[]): Promise<void>;
}

export function useClaimEdits(api: RefObject<GridApi<ClaimRow> | null>, tagId: (name: string) => string | undefined, reload: () => void): ClaimEdits {
  const client = useClient();
  const notify = useToast();
  const { record } = useUndo();

  /** Puts a saved row on screen (the grid reads rows by id). */
  const show = useCallback(
    (row: ClaimRow) => {
      const node = api.current?.getRowNode(row.id);
      if (node) node.setData(row);
    },
    [api],
  );

  const update = useCallback(
    async (row: ClaimRow, patch: ClaimPatch, label: string, undo?: ClaimPatch) => {
      try {
        const saved = await client.invoke('claims:update', { id: row.id, expectedRev: row.rev, patch });
        show(saved);
        if (undo) {
          record({
            label: `${label} on "${short(row.text)}"`,
            undo: async () => show(await client.invoke('claims:update', { id: row.id, patch: undo })),
          });
        }
      } catch (error) {
        notify('error', errorMessage(error));
        reload();
      }
    },
    [client, show, record, notify, reload],
  );

  const editCell = useCallback(
    async (row: ClaimRow, column: ClaimColumn, value: unknown) => {
      const edit = cellEdit(column, row, value, tagId);
      if (edit.kind === 'none') return;
      if (edit.kind === 'error') {
        notify('error', edit.message);
        return;
      }
      if (edit.kind === 'patch') return update(row, edit.patch, `Edit ${column}`, edit.undo);
      try {
        const { kind: _kind, undo, ...grade } = edit;
        const saved = await client.invoke('claims:grade', { id: row.id, ...grade });
        show(saved);
        // Reliability is the source's: every row of that source shows the new grade.
        if (grade.reliability !== undefined) api.current?.refreshInfiniteCache();
        record({
          label: `Grade ${saved.grade || 'cleared'} on "${short(row.text)}"`,
          undo: async () => {
            show(await client.invoke('claims:grade', { id: row.id, ...undo }));
            api.current?.refreshInfiniteCache();
          },
        });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [client, tagId, update, show, record, notify, api],
  );

  const remove = useCallback(
    async (ids: string[]) => {
      if (ids.length === 0) return;
      try {
        const { deleted } = await client.invoke('claims:delete', { ids });
        reload();
        const label = `Delete ${deleted.length} claim${deleted.length === 1 ? '' : 's'}`;
        record(
          {
            label,
            undo: async () => {
              await client.invoke('claims:restore', { ids: deleted });
              reload();
            },
          },
          `${label.replace('Delete', 'Deleted')}.`,
        );
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [client, reload, record, notify],
  );

  const create = useCallback(
    async (input: MethodInput<'claims:create'>) => {
      try {
        const row = await client.invoke('claims:create', input);
        reload();
        record({
          label: `Add claim "${short(row.text)}"`,
          undo: async () => {
            await client.invoke('claims:delete', { ids: [row.id] });
            reload();
          },
        });
        notify('success', 'Claim added.');
        return row;
      } catch (error) {
        notify('error', errorMessage(error));
        return null;
      }
    },
    [client, reload, record, notify],
  );

  const split = useCallback(
    async (row: ClaimRow, at: number) => {
      try {
        const { claims } = await client.invoke('claims:split', { id: row.id, at });
        reload();
        record({
          label: `Split "${short(row.text)}"`,
          undo: async () => {
            await client.invoke('claims:delete', { ids: [claims[1].id] });
            await client.invoke('claims:update', { id: row.id, patch: { text: row.text } });
            reload();
          },
        });
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [client, reload, record, notify],
  );

  const merge = useCallback(
    async (ids: string[]) => {
      try {
        const before = await client.invoke('claims:get', { id: ids[0]! });
        const result = await client.invoke('claims:merge', { ids });
        reload();
        record(
          {
            label: `Merge ${ids.length} claims`,
            undo: async () => {
              await client.invoke('claims:restore', { ids: result.deleted });
              const c = before.claim;
              await client.invoke('claims:update', { id: c.id, patch: { text: c.text, tagIds: c.tags.map((t) => t.id), placeNames: c.places.map((p) => p.name) } });
              reload();
            },
          },
          `Merged ${ids.length} claims.`,
        );
      } catch (error) {
        notify('error', errorMessage(error));
      }
    },
    [client, reload, record, notify],
  );

  return { editCell, update: (row, patch, label) => update(row, patch, label), remove, create, split, merge };
}
