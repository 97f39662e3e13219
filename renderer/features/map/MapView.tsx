/**
 * The Map view: the case map with the analyst's tools — add, move, edit, link, delete and
 * undo observation points, import and export them, narrow claims by place and period, and
 * place by hand the places the gazetteer could not.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ObservationPoint } from '../../../shared/contract/observation-points.ts';
import type { UnresolvedPlace } from '../../../shared/contract/places.ts';
import { formatDecimal, type LatLon } from '../../../shared/domain/coordinates.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { useCommand } from '../../app/commands.tsx';
import { FilePicker } from '../../app/FilePicker.tsx';
import { useToast } from '../../app/toasts.tsx';
import { AddPointDialog } from './AddPointDialog.tsx';
import { MapCanvas } from './MapCanvas.tsx';
import { PlacePanel } from './PlacePanel.tsx';
import { PointPanel, type PointPatch } from './PointPanel.tsx';
import { useUndoStack } from './point-undo.ts';
import { PointsList } from './PointsList.tsx';
import { UnresolvedPanel } from './UnresolvedPanel.tsx';

type Panel = { kind: 'points' } | { kind: 'point'; id: string } | { kind: 'place'; id: string } | { kind: 'unresolved' };
type Picking = { kind: 'add' } | { kind: 'locate'; placeId: string } | null;

function isEditing(): boolean {
  const el = document.activeElement;
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement | null)?.isContentEditable === true;
}

export function MapView() {
  const client = useClient();
  const toast = useToast();
  const [panel, setPanel] = useState<Panel>({ kind: 'points' });
  const [picking, setPicking] = useState<Picking>(null);
  const [dialog, setDialog] = useState<{ kind: 'add'; at: LatLon | null } | { kind: 'import' } | { kind: 'export' } | null>(null);
  const map = useRef<MapLibreMap | null>(null);
  const points = useApi('observationPoints:list', {}, { tables: ['observation_points', 'observation_point_types'] });
  const unresolved = useApi('places:unresolved', {}, { tables: ['places', 'claim_places'] });
  const onError = useCallback((message: string) => toast('error', message), [toast]);
  const history = useUndoStack(onError);

  const selected = panel.kind === 'point' ? points.data?.points.find((p) => p.id === panel.id) : undefined;
  const types = points.data?.types ?? [];

  const create = async (input: { name: string; type: string; lat: number; lon: number; notes: string }): Promise<void> => {
    let point = await client.invoke('observationPoints:create', input);
    setPanel({ kind: 'point', id: point.id });
    history.push({
      label: `Add ${point.name}`,
      undo: async () => void (await client.invoke('observationPoints:delete', { id: point.id })),
      redo: async () => void (point = await client.invoke('observationPoints:restore', { id: point.id })),
    });
    toast('success', `Added ${point.name} at ${formatDecimal(point, 4)}`);
  };

  /** Applies a patch and records its inverse (the fields as they were) for undo. */
  const change = async (point: ObservationPoint, patch: PointPatch, label: string): Promise<void> => {
    const before: PointPatch = {};
    for (const key of Object.keys(patch) as (keyof PointPatch)[]) (before as Record<string, unknown>)[key] = point[key];
    try {
      await client.invoke('observationPoints:update', { id: point.id, expectedRev: point.rev, ...patch });
    } catch (error) {
      toast('error', (error as Error).message);
      points.reload();
      return;
    }
    history.push({
      label,
      undo: async () => void (await client.invoke('observationPoints:update', { id: point.id, ...before })),
      redo: async () => void (await client.invoke('observationPoints:update', { id: point.id, ...patch })),
    });
  };

  const remove = async (point: ObservationPoint): Promise<void> => {
    await client.invoke('observationPoints:delete', { id: point.id });
    setPanel({ kind: 'points' });
    history.push({
      label: `Delete ${point.name}`,
      undo: async () => void (await client.invoke('observationPoints:restore', { id: point.id })),
      redo: async () => void (await client.invoke('observationPoints:delete', { id: point.id })),
    });
    toast('info', `Deleted ${point.name}. Undo with Ctrl+Z.`);
  };

  const locate = async (place: UnresolvedPlace, at: LatLon): Promise<void> => {
    try {
      await client.invoke('places:locate', { id: place.id, lat: at.lat, lon: at.lon, expectedRev: place.rev });
      toast('success', `Placed ${place.name} at ${formatDecimal(at, 4)} for the whole case`);
      setPicking(null);
    } catch (error) {
      toast('error', (error as Error).message);
    }
  };

  const onMapClick = (at: LatLon): void => {
    if (picking?.kind === 'add') {
      setPicking(null);
      setDialog({ kind: 'add', at });
    } else if (picking?.kind === 'locate') {
      const place = unresolved.data?.places.find((p) => p.id === picking.placeId);
      if (place) void locate(place, at);
    }
  };

  const undo = (): void => {
    if (isEditing()) return void document.execCommand('undo');
    void history.undo().then((label) => label && toast('info', `Undid: ${label}`));
  };
  const redo = (): void => {
    if (isEditing()) return void document.execCommand('redo');
    void history.redo().then((label) => label && toast('info', `Redid: ${label}`));
  };
  useCommand('map.addPoint', 'Map: add a point by clicking the map', 'Alt+A', () => setPicking({ kind: 'add' }));
  useCommand('map.addPointAt', 'Map: add a point at coordinates…', 'Alt+G', () => setDialog({ kind: 'add', at: null }));
  useCommand('map.undo', 'Map: undo', 'Mod+Z', undo);
  useCommand('map.redo', 'Map: redo', 'Mod+Shift+Z', redo);
  useCommand('map.importPoints', 'Map: import observation points (GeoJSON, KML)…', undefined, () => openImport());
  useCommand('map.exportPoints', 'Map: export observation points…', undefined, () => openExport());
  useCommand('map.unresolved', 'Map: places to place by hand', undefined, () => setPanel({ kind: 'unresolved' }));
  // Esc leaves "click the map" mode. Not a registered command: those capture the key for
  // the whole window, and Esc must still close dialogs.
  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') setPicking(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking]);

  const runImport = async (path: string): Promise<void> => {
    try {
      const result = await client.invoke('observationPoints:import', { path });
      toast('success', `Imported ${result.imported} point${result.imported === 1 ? '' : 's'}${result.skipped ? `, skipped ${result.skipped}` : ''}`);
      for (const w of result.warnings.slice(0, 3)) toast('info', w);
    } catch (error) {
      toast('error', (error as Error).message);
    }
  };
  const runExport = async (path: string): Promise<void> => {
    try {
      const result = await client.invoke('observationPoints:export', { path, overwrite: true });
      toast('success', `Exported ${result.exported} point${result.exported === 1 ? '' : 's'} to ${result.path}`);
    } catch (error) {
      toast('error', (error as Error).message);
    }
  };
  function openImport(): void {
    if (!client.nativeDialogs) return setDialog({ kind: 'import' });
    void client.pickPath('import-files', { title: 'Import observation points' }).then(([path]) => path && void runImport(path));
  }
  function openExport(): void {
    if (!client.nativeDialogs) return setDialog({ kind: 'export' });
    void client.pickPath('save-file', { title: 'Export observation points', defaultPath: 'observation-points.geojson' }).then(([path]) => path && void runExport(path));
  }

  const unresolvedCount = unresolved.data?.places.length ?? 0;
  return (
    <div className="map-view">
      <div className="toolbar map-toolbar" role="toolbar" aria-label="Map tools">
        <button className={`button ${picking?.kind === 'add' ? 'primary' : ''}`} onClick={() => setPicking(picking?.kind === 'add' ? null : { kind: 'add' })} title="Click the map where the point is (Alt+A)">
          {picking?.kind === 'add' ? 'Click the map… (Esc to cancel)' : 'Add point'}
        </button>
        <button className="button" onClick={() => setDialog({ kind: 'add', at: null })} title="Type decimal degrees, DMS or MGRS (Alt+G)">
          Add at coordinates…
        </button>
        <span className="toolbar-sep" />
        <button className="button ghost" onClick={openImport}>
          Import…
        </button>
        <button className="button ghost" onClick={openExport} disabled={(points.data?.points.length ?? 0) === 0}>
          Export…
        </button>
        <span className="toolbar-sep" />
        <button className="button ghost" disabled={!history.canUndo} onClick={undo} title={history.nextUndo ? `Undo: ${history.nextUndo} (Ctrl+Z)` : 'Nothing to undo'}>
          Undo
        </button>
        <button className="button ghost" disabled={!history.canRedo} onClick={redo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <span className="grow" />
        <button className={`button ${panel.kind === 'unresolved' ? 'primary' : 'ghost'}`} onClick={() => setPanel(panel.kind === 'unresolved' ? { kind: 'points' } : { kind: 'unresolved' })}>
          Places to place{unresolvedCount ? ` (${unresolvedCount})` : ''}
        </button>
      </div>
      <div className="map-view-body">
        <div className="map-view-map">
          <MapCanvas
            editable
            picking={picking !== null}
            selectedPointId={panel.kind === 'point' ? panel.id : null}
            onPointSelect={(id) => setPanel({ kind: 'point', id })}
            onPointMoved={(id, to) => {
              const point = points.data?.points.find((p) => p.id === id);
              if (point) void change(point, { lat: to.lat, lon: to.lon }, `Move ${point.name}`);
            }}
            onMapClick={onMapClick}
            onPlace={(id) => setPanel({ kind: 'place', id })}
            onMap={(m) => (map.current = m)}
          />
        </div>
        <aside className="map-side">
          {panel.kind === 'point' && selected && (
            <PointPanel
              point={selected}
              types={types}
              onChange={(patch, label) => change(selected, patch, label)}
              onDelete={() => void remove(selected)}
              onAddType={async (name) => void (await client.invoke('observationPoints:addType', { name }))}
              onClose={() => setPanel({ kind: 'points' })}
            />
          )}
          {panel.kind === 'place' && <PlacePanel placeId={panel.id} onClose={() => setPanel({ kind: 'points' })} />}
          {panel.kind === 'unresolved' && (
            <UnresolvedPanel
              picking={picking?.kind === 'locate' ? picking.placeId : null}
              onPick={(id) => setPicking(id ? { kind: 'locate', placeId: id } : null)}
              onLocate={locate}
              onClose={() => setPanel({ kind: 'points' })}
            />
          )}
          {(panel.kind === 'points' || (panel.kind === 'point' && !selected)) && (
            <PointsList
              points={points.data?.points ?? []}
              types={types}
              onSelect={(p) => {
                setPanel({ kind: 'point', id: p.id });
                map.current?.easeTo({ center: [p.lon, p.lat], zoom: Math.max(map.current.getZoom(), 10) });
              }}
            />
          )}
        </aside>
      </div>
      {dialog?.kind === 'add' && <AddPointDialog types={types} initial={dialog.at} onAdd={create} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'import' && (
        <FilePicker
          title="Import observation points"
          mode="file"
          extensions={['.geojson', '.json', '.kml']}
          onPick={([path]) => {
            setDialog(null);
            if (path) void runImport(path);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'export' && (
        <FilePicker
          title="Export observation points (.geojson or .kml)"
          mode="save"
          defaultName="observation-points.geojson"
          onPick={([path]) => {
            setDialog(null);
            if (path) void runExport(path);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}

// The claims view embeds the map from here (renderer/features/claims/ClaimsView.tsx).
export { MapCanvas } from './MapCanvas.tsx';
