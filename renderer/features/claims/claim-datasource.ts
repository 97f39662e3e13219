/**
 * AG Grid's infinite row model fed by claims:query: each block is one SQL page. The count
 * is asked only when the query (sort, filters, scope) changes, not for every block.
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

export function claimDatasource(
  client: SightlineClient,
  scope: () => ClaimFilter,
  report: (page: { total: number | null; tookMs: number; rows: ClaimRow[] }) => void,
  fail: (message: string) => void,
): ClaimDatasource {
  let countedKey: string | null = null;
  let total: number | null = null;
  return {
    invalidateCount() {
      countedKey = null;
    },
    getRows(params: IGetRowsParams) {
      const sortModel = params.sortModel as SortModel;
      const filterModel = params.filterModel as FilterModel;
      const key = JSON.stringify([sortModel, filterModel, scope()]);
      const count = key !== countedKey;
      client
        .invoke('claims:query', { startRow: params.startRow, endRow: params.endRow, sortModel, filterModel, scope: scope(), count })
        .then(
          (page) => {
            if (count) {
              countedKey = key;
              total = page.total;
            }
            params.successCallback(page.rows, total ?? undefined);
            report({ total, tookMs: page.tookMs, rows: page.rows });
          },
          (error: Error) => {
            params.failCallback();
            fail(error.message);
          },
        );
    },
  };
}
