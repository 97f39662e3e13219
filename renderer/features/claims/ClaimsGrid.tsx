/** The claims grid (AG Grid). */
import { AllCommunityModule, ModuleRegistry, type ColDef } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo } from 'react';
import { gridTheme } from './grid-theme.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

export interface ClaimRow {
  id: string;
  text: string;
}

const COLUMNS: ColDef[] = [
  { field: 'text', headerName: 'Claim', flex: 3, minWidth: 260 },
  { field: 'value', headerName: 'Value', width: 100, type: 'numericColumn' },
  { field: 'qualifier', headerName: 'Qualifier', width: 110 },
  { field: 'unit', headerName: 'Unit', width: 140 },
  { field: 'subject', headerName: 'Subject', width: 120 },
  { field: 'eventType', headerName: 'Event', width: 140 },
  { field: 'place', headerName: 'Place', width: 140 },
  { field: 'when', headerName: 'When', width: 170 },
  { field: 'source', headerName: 'Source', width: 180 },
  { field: 'grade', headerName: 'Grade', width: 80 },
  { field: 'status', headerName: 'Status', width: 110 },
];

export function ClaimsGrid({ rows }: { rows: ClaimRow[] }) {
  const defaultColDef = useMemo<ColDef>(() => ({ sortable: true, resizable: true, filter: true }), []);
  return (
    <div className="grid-host" data-testid="claims-grid">
      <AgGridReact
        theme={gridTheme}
        rowData={rows}
        columnDefs={COLUMNS}
        defaultColDef={defaultColDef}
        getRowId={(p) => (p.data as ClaimRow).id}
        overlayNoRowsTemplate="<span class='grid-empty'>No claims yet. Import documents and Sightline extracts who says what number of what, where and when.</span>"
      />
    </div>
  );
}
