/** The claim places' legend, with the switch between colouring by status and by source. */
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { SOURCE_COLORS, STATUS_COLORS, STATUSES, type ColorBy } from './place-style.ts';

export function PlaceLegend({
  colorBy,
  onColorBy,
  data,
  error,
}: {
  colorBy: ColorBy;
  onColorBy: (c: ColorBy) => void;
  data: MethodOutput<'places:features'> | undefined;
  /** Why the places could not be counted, if they could not. */
  error?: string | undefined;
}) {
  const placed = data?.places.ids.length ?? 0;
  const claims = data ? data.places.claims.reduce((s, n) => s + n, 0) : 0;
  const entries: [string, string][] =
    colorBy === 'status'
      ? STATUSES.map((s) => [s, STATUS_COLORS[s]])
      : [
          ...(data?.sources.slice(0, SOURCE_COLORS.length - 1).map((s, i): [string, string] => [s.name, SOURCE_COLORS[i]!]) ?? []),
          ...((data?.sources.length ?? 0) >= SOURCE_COLORS.length ? [['other sources', SOURCE_COLORS[SOURCE_COLORS.length - 1]!] as [string, string]] : []),
        ];
  return (
    <div className="map-legend" data-testid="place-legend">
      <div className="segmented" role="radiogroup" aria-label="Colour places by">
        {(['status', 'source'] as const).map((c) => (
          <button key={c} role="radio" aria-checked={colorBy === c} className={colorBy === c ? 'on' : ''} onClick={() => onColorBy(c)}>
            {c === 'status' ? 'Status' : 'Source'}
          </button>
        ))}
      </div>
      <ul>
        {entries.map(([label, color]) => (
          <li key={label}>
            <span className="swatch" style={{ background: color }} />
            <span dir="auto">{label}</span>
          </li>
        ))}
      </ul>
      <div className="faint">
        {error && !data ? `Places not counted: ${error}` : !data ? 'Counting claims per place…' : placed === 0 ? 'No placed claims' : `${placed} place${placed === 1 ? '' : 's'} · ${claims} claim${claims === 1 ? '' : 's'}`}
        {data && data.unplacedClaims > 0 ? ` · ${data.unplacedClaims} not placed` : ''}
      </div>
    </div>
  );
}
