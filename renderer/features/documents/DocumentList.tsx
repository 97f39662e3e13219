/**
 * Every document of the case in a grid (AG Grid's infinite row model: pages are fetched
 * from documents:list as the analyst scrolls, so 100,000 documents cost what one screen
 * does). Sortable by date, source, title and import time; near-duplicates carry a badge.
 */
import { AllCommunityModule, ModuleRegistry, type ColDef, type GridApi, type ICellRendererParams, type IDatasource, type SortModelItem } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { DocumentFilter, DocumentSort, DocumentSummary } from '../../../shared/contract/documents.ts';
import { useClient, useEvent } from '../../api/client-context.tsx';
import { BidiCell } from '../../app/bidi.tsx';
import { gridTheme } from '../claims/grid-theme.ts';
import { formatLabel, formatPublished, percent } from './format.ts';

ModuleRegistry.registerModules([AllCommunityModule]);

const SORT_BY_COLUMN: Record<string, DocumentSort> = { title: 'title', sourceName: 'source', published: 'published', importedAt: 'imported' };

function TitleCell({ data }: ICellRendererParams<DocumentSummary>) {
  if (!data) return <span className="faint">…</span>;
  return (
    <span className="doc-title-cell">
      {data.parentId && (
        <span className="faint" title="Attachment of an e-mail">
          📎{' '}
        </span>
      )}
      <span dir="auto">{data.title}</span>
      {data.nearDuplicate && (
        <span
          className="dup-badge small"
          title={`${percent(data.nearDuplicate.similarity)} the same text as “${data.nearDuplicate.title}”${data.nearDuplicate.sourceName ? ` (${data.nearDuplicate.sourceName})` : ''}${data.nearDuplicateCount > 1 ? ` and ${data.nearDuplicateCount - 1} more` : ''}`}
        >
          {percent(data.nearDuplicate.similarity)} same{data.nearDuplicateCount > 1 ? ` ·${data.nearDuplicateCount}` : ''}
        </span>
      )}
    </span>
  );
}

export function DocumentList({ filter, selectedId, onOpen }: { filter: DocumentFilter; selectedId: string | null; onOpen(id: string): void }) {
  const client = useClient();
  const api = useRef<GridApi<DocumentSummary> | null>(null);
  const filterKey = JSON.stringify(filter);

  const columns = useMemo<ColDef<DocumentSummary>[]>(
    () => [
      { field: 'title', headerName: 'Title', flex: 3, minWidth: 200, cellRenderer: TitleCell, sortable: true },
      { field: 'sourceName', headerName: 'Source', flex: 1, minWidth: 110, sortable: true, valueFormatter: (p) => p.value ?? '', cellRenderer: BidiCell },
      { field: 'published', headerName: 'Published', width: 112, sortable: true, sort: 'desc', valueFormatter: (p) => formatPublished(p.value as string | null) },
      { field: 'format', headerName: 'Format', width: 92, sortable: false, valueFormatter: (p) => formatLabel(String(p.value ?? '')) },
      { field: 'importedAt', headerName: 'Imported', width: 104, sortable: true, valueFormatter: (p) => (p.value ? new Date(p.value as string).toLocaleDateString() : '') },
    ],
    [],
  );

  const datasource = useMemo<IDatasource>(
    () => ({
      getRows: (params) => {
        const sort = (params.sortModel as SortModelItem[])[0];
        const parsed = JSON.parse(filterKey) as DocumentFilter;
        client
          .invoke('documents:list', {
            ...parsed,
            sort: sort ? (SORT_BY_COLUMN[sort.colId] ?? 'published') : 'published',
            direction: sort?.sort ?? 'desc',
            offset: params.startRow,
            limit: params.endRow - params.startRow,
          })
          .then(
            (page) => params.successCallback(page.items, page.total),
            () => params.failCallback(),
          );
      },
    }),
    [client, filterKey],
  );

  useEffect(() => {
    api.current?.setGridOption('datasource', datasource);
  }, [datasource]);

  useEvent('case:changed', ({ tables }) => {
    if (tables.some((t) => t === 'documents' || t === 'sources' || t === 'near_duplicates')) api.current?.refreshInfiniteCache();
  });

  const selectRow = useCallback(() => {
    api.current?.forEachNode((node) => node.setSelected(node.data?.id === selectedId && selectedId !== null));
  }, [selectedId]);
  useEffect(selectRow, [selectRow]);

  return (
    <div className="grid-host" data-testid="documents-grid">
      <AgGridReact<DocumentSummary>
        theme={gridTheme}
        columnDefs={columns}
        rowModelType="infinite"
        cacheBlockSize={100}
        maxBlocksInCache={20}
        datasource={datasource}
        getRowId={(p) => p.data.id}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onGridReady={(event) => {
          api.current = event.api;
        }}
        onModelUpdated={selectRow}
        onRowClicked={(event) => event.data && onOpen(event.data.id)}
        onCellKeyDown={(event) => {
          const key = (event.event as KeyboardEvent | undefined)?.key;
          if (key === 'Enter' && event.data) onOpen(event.data.id);
        }}
        overlayNoRowsTemplate="<span class='grid-empty'>No documents yet. Import files (Ctrl+I), drop them on the window, or paste text.</span>"
      />
    </div>
  );
}
