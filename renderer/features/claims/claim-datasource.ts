/**
 * AG Grid's infinite row model fed by claims:query: each block is one SQL page. The rows
 * come first; the count follows with claims:count, asked once per view (sort, filters,
 * scope), not per block: counting a filtered view reads all it matches. Until it answers,
 * the grid grows as blocks arrive.
 */
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { FilterModel, SortModel } from '../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import type { SightlineClient } from '../../api/client.ts';

export interface ClaimDatasource extends IDatasource {
  /** Forget the count, so the next block asks for it again (after a create or delete). */
  invalidateCount(): void;
}

export interface ClaimDatasourceEvents {
  /** A block arrived (tookMs: the engine's time for it). */
  page(page: { tookMs: number; rows: ClaimRow[] }): void;
  /** The view's count arrived (or null while it is being counted again). */
  total(total: number | null): void;
  fail(message: string): void;
}

export function claimDatasource(client: SightlineClient, scope: () => ClaimFilter, events: ClaimDatasourceEvents): ClaimDatasource {
  /** The view counted last, and the one being counted. */
  let counted: { key: string; total: number } | null = null;
  let counting: string | null = null;
  return {
    invalidateCount() {
      counted = null;
      counting = null;
    },
    getRows(params: IGetRowsParams) {
      const sortModel = params.sortModel as SortModel;
      const filterModel = params.filterModel as FilterModel;
      const view = { sortModel, filterModel, scope: scope() };
      const key = JSON.stringify([sortModel, filterModel, view.scope]);
      const asked = params.endRow - params.startRow;
      client.invoke('claims:query', { ...view, startRow: params.startRow, endRow: params.endRow, count: false }).then(
        (page) => {
          // A short block is the end of the view; otherwise the count, once known, is.
          const lastRow = page.rows.length < asked ? params.startRow + page.rows.length : counted?.key === key ? counted.total : undefined;
          params.successCallback(page.rows, lastRow);
          events.page({ tookMs: page.tookMs, rows: page.rows });
        },
        (error: Error) => {
          params.failCallback();
          events.fail(error.message);
        },
      );
      if (counted?.key === key || counting === key) return;
      counting = key;
      events.total(null);
      client.invoke('claims:count', view).then(
        ({ total }) => {
          if (counting !== key) return; // the view changed meanwhile
          counting = null;
          counted = { key, total };
          events.total(total);
        },
        (error: Error) => {
          if (counting === key) counting = null;
          events.fail(error.message);
        },
      );
    },
  };
}
