/**
 * The claims grid: AG Grid's infinite row model over claims:query (every sort and filter
 * runs in SQL, only the visible blocks are in memory), inline editing that saves at once
 * (readOnlyEdit: the grid asks, the service answers with the saved row), keyboard first.
 */
import {
  AllCommunityModule,
  ModuleRegistry,
  type CellEditRequestEvent,
  type CellFocusedEvent,
  type GridApi,
  type GridReadyEvent,
  type SelectionChangedEvent,
  type SuppressKeyboardEventParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import type { ClaimColumn } from '../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { claimColumnDefs, type Facets } from './claim-column-defs.tsx';
import { gridTheme } from './grid-theme.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

export const BLOCK_SIZE = 100;

export interface ClaimsGridProps {
  facets: () => Facets | undefined;
  onReady(api: GridApi<ClaimRow>): void;
  onEdit(row: ClaimRow, column: ClaimColumn, value: unknown): void;
  onFocusRow(id: string | null): void;
  onSelection(ids: string[]): void;
  onLayoutChange(): void;
  onDeleteKey(): void;
}

export function ClaimsGrid(props: ClaimsGridProps) {
  const { facets } = props;
  const columns = useMemo(() => claimColumnDefs(facets), [facets]);
  const defaultColDef = useMemo(
    () => ({
      sortable: true,
      resizable: true,
      suppressHeaderMenuButton: false,
      suppressKeyboardEvent: (p: SuppressKeyboardEventParams<ClaimRow>) => {
        // Delete on a row (not while editing) deletes the selected claims, with undo.
        if (!p.editing && p.event.key === 'Delete' && p.event.type === 'keydown') {
          props.onDeleteKey();
          return true;
        }
        return false;
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- onDeleteKey is read when a key is pressed
    [],
  );
  return (
    <div className="grid-host" data-testid="claims-grid">
      <AgGridReact<ClaimRow>
        theme={gridTheme}
        rowModelType="infinite"
        cacheBlockSize={BLOCK_SIZE}
        maxBlocksInCache={20}
        infiniteInitialRowCount={BLOCK_SIZE}
        blockLoadDebounceMillis={40}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={(p) => p.data.id}
        readOnlyEdit
        suppressColumnVirtualisation
        singleClickEdit={false}
        stopEditingWhenCellsLoseFocus
        enterNavigatesVerticallyAfterEdit
        tooltipShowDelay={600}
        rowSelection={{ mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true }}
        onGridReady={(e: GridReadyEvent<ClaimRow>) => props.onReady(e.api)}
        onCellEditRequest={(e: CellEditRequestEvent<ClaimRow>) => e.data && props.onEdit(e.data, e.column.getColId() as ClaimColumn, e.newValue)}
        onCellFocused={(e: CellFocusedEvent<ClaimRow>) => {
          if (e.rowIndex === null || e.rowPinned) return;
          const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
          props.onFocusRow(node?.data?.id ?? null);
          // Arrow keys move the selection along (so the map and the detail follow) unless several rows are picked.
          if (node && !node.isSelected() && e.api.getSelectedNodes().length <= 1) node.setSelected(true, true);
        }}
        onSelectionChanged={(e: SelectionChangedEvent<ClaimRow>) => props.onSelection(e.api.getSelectedNodes().flatMap((n) => (n.data ? [n.data.id] : [])))}
        onColumnMoved={props.onLayoutChange}
        onColumnResized={(e) => e.finished && props.onLayoutChange()}
        onColumnVisible={props.onLayoutChange}
        onColumnPinned={props.onLayoutChange}
        onSortChanged={props.onLayoutChange}
        onFilterChanged={props.onLayoutChange}
        overlayNoRowsTemplate="<span class='grid-empty'>No claims yet, or none match the filters. Import documents and Sightline extracts who says what number of what, where and when.</span>"
      />
    </div>
  );
}
