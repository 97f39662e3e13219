/**
 * Claims: the grid (quick search, saved views, columns, CSV export, create, delete, merge),
 * the selected claim's detail, and the map of the claims' places beside it.
 */
import type { GridApi } from 'ag-grid-community';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { FilterModel, SortModel } from '../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import type { SavedView, ViewState } from '../../../shared/contract/views.ts';
import { useApi, useClient, useEvent } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { useCommand } from '../../app/commands.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { useUndoCommand } from '../annotations/use-undo.tsx';
import { MapCanvas } from '../map/MapCanvas.tsx';
import { ClaimDetail } from './ClaimDetail.tsx';
import { NewClaimDialog, SplitDialog } from './ClaimDialogs.tsx';
import { ClaimsGrid } from './ClaimsGrid.tsx';
import { claimDatasource } from './claim-datasource.ts';
import { useClaimEdits } from './use-claim-edits.ts';
import { ColumnsMenu, ViewsMenu } from './ViewMenus.tsx';
import './claims.css';

const LAYOUT = '';

function applyView(api: GridApi<ClaimRow>, state: ViewState): void {
  if (state.columns.length > 0) api.applyColumnState({ state: state.columns as never, applyOrder: true });
  api.setFilterModel(state.filterModel as never);
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ClaimsView() {
  const client = useClient();
  const notify = useToast();
  const { scope, selectClaims, clearScope } = useClaimScope();
  const api = useRef<GridApi<ClaimRow> | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<ClaimRow> | null>(null);
  const facets = useApi('claims:facets', {}, { tables: ['sources', 'tags', 'places', 'claims'] });
  const facetsRef = useRef(facets.data);
  facetsRef.current = facets.data;
  const getFacets = useCallback(() => facetsRef.current, []);
  const views = useApi('views:list', { grid: 'claims' }, { tables: [] });
  const [activeView, setActiveView] = useState<string | null>(null);

  const [quick, setQuick] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(quick.trim()), 180);
    return () => clearTimeout(timer);
  }, [quick]);
  const searchBox = useRef<HTMLInputElement>(null);

  const fullScope = useMemo<ClaimFilter>(() => ({ ...scope, ...(search ? { text: search } : {}) }), [scope, search]);
  const scopeRef = useRef(fullScope);
  scopeRef.current = fullScope;

  const [tookMs, setTookMs] = useState<number | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<{ kind: 'new' } | { kind: 'split'; claim: ClaimRow } | null>(null);

  const datasource = useMemo(
    () =>
      claimDatasource(client, () => scopeRef.current, {
        page: (p) => setTookMs(p.tookMs),
        total: (n) => {
          setTotal(n);
          // The scrollbar spans the whole view once it is counted.
          if (n !== null) api.current?.setRowCount(n, true);
        },
        fail: (message) => notify('error', message),
      }),
    [client, notify],
  );
  const reload = useCallback(() => {
    datasource.invalidateCount();
    api.current?.refreshInfiniteCache();
  }, [datasource]);
  useEvent('case:changed', ({ tables }) => {
    if (tables.some((t) => ['claims', 'sources', 'claim_places', 'claim_tags', 'places', 'tags', 'documents'].includes(t))) reload();
  });

  const tagId = useCallback((name: string) => facetsRef.current?.tags.find((t) => t.name.toLowerCase() === name.toLowerCase())?.id, []);
  const edits = useClaimEdits(api, tagId, reload);
  useUndoCommand();

  // The datasource starts once the saved layout (columns, filters, search) is applied.
  const started = useRef(false);
  useEffect(() => {
    if (!gridApi || started.current || views.loading) return;
    started.current = true;
    const layout = views.data?.views.find((v) => v.name === LAYOUT);
    if (layout) {
      applyView(gridApi, layout.state);
      setQuick(layout.state.quickSearch);
      setSearch(layout.state.quickSearch.trim());
      scopeRef.current = { ...scopeRef.current, ...(layout.state.quickSearch.trim() ? { text: layout.state.quickSearch.trim() } : {}) };
    }
    gridApi.setGridOption('datasource', datasource);
  }, [gridApi, views.loading, views.data, datasource]);

  // A new scope (map place, time slider, quick search) starts the rows again.
  const firstScope = useRef(true);
  useEffect(() => {
    if (firstScope.current) {
      firstScope.current = false;
      return;
    }
    datasource.invalidateCount();
    api.current?.purgeInfiniteCache();
  }, [fullScope, datasource]);

  const currentState = useCallback(
    (): ViewState => ({ columns: (api.current?.getColumnState() ?? []) as unknown as Record<string, unknown>[], filterModel: api.current?.getFilterModel() ?? {}, quickSearch: quick }),
    [quick],
  );
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveLayout = useCallback(() => {
    if (!started.current) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      // A read-only case keeps its layout for this session only.
      client.invoke('views:save', { grid: 'claims', name: LAYOUT, state: currentState() }).catch(() => undefined);
    }, 500);
  }, [client, currentState]);
  useEffect(() => saveLayout(), [quick, saveLayout]);

  const saveView = async (name: string): Promise<void> => {
    try {
      await client.invoke('views:save', { grid: 'claims', name, state: currentState() });
      setActiveView(name);
      views.reload();
      notify('success', `Saved view “${name}”.`);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  const openView = (view: SavedView): void => {
    if (!api.current) return;
    applyView(api.current, view.state);
    setQuick(view.state.quickSearch);
    setActiveView(view.name);
  };
  const deleteView = async (name: string): Promise<void> => {
    await client.invoke('views:delete', { grid: 'claims', name });
    if (activeView === name) setActiveView(null);
    views.reload();
  };

  const exportCsv = async (): Promise<void> => {
    const grid = api.current;
    if (!grid) return;
    const columns = (grid.getAllDisplayedColumns() ?? []).map((c) => c.getColId());
    const sortModel = grid
      .getColumnState()
      .filter((c) => c.sort)
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .map((c) => ({ colId: c.colId, sort: c.sort! })) as SortModel;
    try {
      const { csv, rows } = await client.invoke('claims:export', { sortModel, filterModel: grid.getFilterModel() as FilterModel, scope: scopeRef.current, columns: ['id', ...columns] });
      download(`claims-${new Date().toISOString().slice(0, 10)}.csv`, csv);
      notify('success', `Exported ${rows.toLocaleString('en')} claims.`);
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };

  useCommand('claims.search', 'Search claims', 'Mod+F', () => {
    searchBox.current?.focus();
    searchBox.current?.select();
  });
  useCommand('claims.new', 'New claim…', 'Alt+N', () => setDialog({ kind: 'new' }));
  useCommand('claims.export', 'Export claims to CSV', undefined, () => void exportCsv());

  const deleteSelected = useCallback(() => {
    const ids = api.current?.getSelectedNodes().flatMap((n) => (n.data ? [n.data.id] : [])) ?? [];
    void edits.remove(ids);
  }, [edits]);

  const onSelection = (ids: string[]): void => {
    setSelected(ids);
    selectClaims(ids);
  };

  const scoped = Object.keys(scope).length > 0;
  return (
    <div className="split claims-view">
      <section className="pane claims-grid-pane">
        <div className="toolbar claims-toolbar" role="toolbar" aria-label="Claims tools">
          <input
            ref={searchBox}
            className="input quick-search"
            type="search"
            placeholder="Search claims (Ctrl+F)"
            aria-label="Search claims"
            value={quick}
            onChange={(e) => setQuick(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setQuick('');
                api.current?.setFocusedCell(0, 'text');
              }
              if (e.key === 'Enter' || e.key === 'ArrowDown') {
                e.preventDefault();
                api.current?.ensureIndexVisible(0);
                api.current?.setFocusedCell(0, 'text');
              }
            }}
          />
          <span className="claims-count" data-testid="claims-count" aria-live="polite">
            {total !== null ? `${total.toLocaleString('en')} claim${total === 1 ? '' : 's'}` : tookMs !== null ? 'counting…' : ''}
            {tookMs !== null && <span className="muted"> · {Math.round(tookMs)} ms</span>}
          </span>
          {scoped && (
            <button className="chip" onClick={clearScope} title="Narrowed from the map (place or period): show all">
              Map scope ×
            </button>
          )}
          <span className="grow" />
          <button className="button ghost" onClick={() => setDialog({ kind: 'new' })} title="Add a claim by hand (Alt+N)">
            New claim
          </button>
          <button className="button ghost" disabled={selected.length < 2} onClick={() => void edits.merge(selected)} title="Merge the selected claims into the first">
            Merge{selected.length > 1 ? ` (${selected.length})` : ''}
          </button>
          <button className="button ghost" disabled={selected.length === 0} onClick={deleteSelected} title="Delete the selected claims (Delete; Ctrl+Z undoes)">
            Delete
          </button>
          <span className="toolbar-sep" />
          <ViewsMenu views={views.data?.views ?? []} active={activeView} onApply={openView} onSave={(n) => void saveView(n)} onDelete={(n) => void deleteView(n)} />
          <ColumnsMenu api={gridApi} />
          <button className="button ghost" onClick={() => void exportCsv()} title="Export every claim of this view (not only the loaded rows)">
            Export CSV
          </button>
        </div>
        <ClaimsGrid
          facets={getFacets}
          onReady={(ready) => {
            api.current = ready;
            setGridApi(ready);
          }}
          onEdit={(row, column, value) => void edits.editCell(row, column, value)}
          onFocusRow={setFocusedId}
          onSelection={onSelection}
          onLayoutChange={saveLayout}
          onDeleteKey={deleteSelected}
        />
      </section>
      <section className="pane pane-border claims-side" aria-label="Selected claim and map">
        <div className="claims-detail-pane">
          {focusedId ? <ClaimDetail id={focusedId} onSplit={(claim) => setDialog({ kind: 'split', claim })} /> : <p className="muted claim-detail-empty">Select a claim to see it in its document, its history and its place.</p>}
        </div>
        <div className="claims-map-pane" aria-label="Map of claim places">
          {/* The grid first: the map starts (WebGL, its tallies) once the first rows are in. */}
          {tookMs !== null && <MapCanvas frameSelection />}
        </div>
      </section>
      {dialog?.kind === 'new' && <NewClaimDialog onClose={() => setDialog(null)} onCreate={edits.create} />}
      {dialog?.kind === 'split' && <SplitDialog claim={dialog.claim} onClose={() => setDialog(null)} onSplit={(at) => void edits.split(dialog.claim, at)} />}
    </div>
  );
}
