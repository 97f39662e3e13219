/** Adding an observation point by typing its coordinates: decimal, DMS or MGRS, read as you type. */
import { useMemo, useState } from 'react';
import type { PointType } from '../../../shared/contract/observation-points.ts';
import { CoordinateError, coordinateFormatOf, formatDecimal, formatDms, formatMgrs, parseCoordinates, type LatLon } from '../../../shared/domain/coordinates.ts';
import { Dialog } from '../../app/Dialog.tsx';

export function AddPointDialog({
  types,
  initial,
  onAdd,
  onClose,
}: {
  types: PointType[];
  initial?: LatLon | null;
  onAdd: (point: { name: string; type: string; lat: number; lon: number; notes: string }) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState('');
  const [type, setType] = useState(types[0]?.name ?? 'observation post');
  const [coordinates, setCoordinates] = useState(initial ? formatDecimal(initial, 6) : '');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo((): LatLon | string | null => {
    if (!coordinates.trim()) return null;
    try {
      return parseCoordinates(coordinates);
    } catch (e) {
      return e instanceof CoordinateError ? e.message : String(e);
    }
  }, [coordinates]);
  const position = typeof parsed === 'object' ? parsed : null;
  const format = coordinateFormatOf(coordinates);

  const submit = async (): Promise<void> => {
    if (!position || !name.trim()) return;
    setBusy(true);
    try {
      await onAdd({ name: name.trim(), type, lat: position.lat, lon: position.lon, notes });
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Add an observation point"
      onClose={onClose}
      confirm={{ label: 'Add point', disabled: !position || !name.trim() || busy, onConfirm: () => void submit() }}
    >
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor="point-name">Name</label>
        <input id="point-name" className="input" value={name} autoFocus onChange={(e) => setName(e.target.value)} placeholder="Bab al-Hawa crossing" dir="auto" />
        <label htmlFor="point-type">Type</label>
        <select id="point-type" className="input" value={type} onChange={(e) => setType(e.target.value)}>
          {types.map((t) => (
            <option key={t.name} value={t.name}>
              {t.name}
            </option>
          ))}
        </select>
        <label htmlFor="point-coordinates">Coordinates</label>
        <div>
          <input
            id="point-coordinates"
            className="input mono wide"
            value={coordinates}
            onChange={(e) => setCoordinates(e.target.value)}
            placeholder={`36°13'50"N 36°41'33"E · 36.2306, 36.6925 · 37S BA 92620 11994`}
          />
          <div className="coordinate-echo" data-testid="coordinate-echo">
            {parsed === null && <span className="faint">Decimal degrees (lat, lon), degrees-minutes-seconds or MGRS.</span>}
            {typeof parsed === 'string' && <span className="error-text">{parsed}</span>}
            {position && (
              <span className="mono">
                {format === 'mgrs' ? 'MGRS' : format === 'dms' ? 'DMS' : 'Decimal'} → {formatDecimal(position)} · {formatDms(position)} · {formatMgrs(position) ?? ''}
              </span>
            )}
          </div>
        </div>
        <label htmlFor="point-notes">Notes</label>
        <textarea id="point-notes" className="input" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} dir="auto" />
        {error && <p className="error-text span-2">{error}</p>}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
