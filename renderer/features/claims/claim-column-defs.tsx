/** The grid's columns: how each shows, filters, sorts and edits (sorting and filtering run in SQL). */
import type { ColDef, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community';
import type { ClaimColumn } from '../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { CREDIBILITY_LABELS, RELIABILITY, RELIABILITY_LABELS, type Credibility } from '../../../shared/domain/admiralty.ts';
import { CLAIM_STATUSES, EVENT_TYPE_LABELS, QUALIFIERS, type EventType } from '../../../shared/domain/claim-types.ts';
import { englishSourceLabel, englishUnitLabel } from '../../../shared/domain/arabic-labels.ts';
import { BidiCell } from '../../app/bidi.tsx';
import { formatWhen } from './cell-edits.ts';
import { SetFilter, type SetOption } from './SetFilter.tsx';

export type Facets = MethodOutput<'claims:facets'>;

export const QUALIFIER_LABELS: Record<string, string> = {
  exact: 'exactly',
  more_than: 'more than',
  at_least: 'at least',
  fewer_than: 'fewer than',
  at_most: 'at most',
  about: 'about',
  range: 'range',
  vague: 'vague',
};
const QUALIFIER_SIGNS: Record<string, string> = { more_than: '>', at_least: '≥', fewer_than: '<', at_most: '≤', about: '~' };

export function formatValue(row: ClaimRow): string {
  const n = (v: number) => v.toLocaleString('en');
  if (row.valueMin !== null && row.valueMax !== null && row.valueMin !== row.valueMax) return `${n(row.valueMin)}–${n(row.valueMax)}`;
  if (row.value === null) return '';
  return `${QUALIFIER_SIGNS[row.qualifier ?? ''] ?? ''}${n(row.value)}`;
}

const eventLabel = (type: string | null): string => (type ? (EVENT_TYPE_LABELS[type as EventType] ?? type) : '');
const dateTime = (iso: string): string => iso.slice(0, 16).replace('T', ' ');

function StatusCell({ data }: ICellRendererParams<ClaimRow>) {
  if (!data) return null;
  return <span className={`status-pill status-${data.status}`}>{data.status}</span>;
}

function GradeCell({ data }: ICellRendererParams<ClaimRow>) {
  if (!data || !data.grade) return <span className="muted grade-empty">—</span>;
  const title = [
    data.reliability ? `${data.reliability}: ${RELIABILITY_LABELS[data.reliability]} (source)` : 'Source not graded',
    data.credibility ? `${data.credibility}: ${CREDIBILITY_LABELS[data.credibility as Credibility]} (information)` : 'Information not graded',
  ].join('\n');
  return (
    <span className={`grade grade-${data.reliability ?? 'x'}`} title={title}>
      {data.grade}
    </span>
  );
}

function TagsCell({ data }: ICellRendererParams<ClaimRow>) {
  if (!data) return null;
  return (
    <span className="tag-chips">
      {data.tags.map((t) => (
        <span key={t.id} className="tag-chip" style={{ ['--mark-color' as string]: t.color }}>
          {t.name}
        </span>
      ))}
    </span>
  );
}

function TextCell({ data }: ICellRendererParams<ClaimRow>) {
  if (!data) return <span className="muted">Loading…</span>;
  return (
    <span className="claim-text-cell" dir="auto">
      {data.origin !== 'extracted' && <span className="origin-mark" title={data.origin === 'manual' ? 'Added by hand' : 'From an annotation'}>✎</span>}
      {data.text}
    </span>
  );
}

/** Arabic units and sources carry their English label beside them: "آلية عسكرية (vehicles)". */
function withEnglish(text: string | null, english: string | null): string {
  if (!text) return '';
  return english && english !== text ? `${text} (${english})` : text;
}

const set = (options: () => SetOption[]) => ({ filter: SetFilter, filterParams: { options } });
const text = { filter: 'agTextColumnFilter', filterParams: { filterOptions: ['contains', 'notContains', 'equals', 'startsWith', 'endsWith', 'blank', 'notBlank'], maxNumConditions: 2 } };
const number = { filter: 'agNumberColumnFilter', filterParams: { filterOptions: ['equals', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank'], maxNumConditions: 2 } };
const date = { filter: 'agDateColumnFilter', filterParams: { filterOptions: ['equals', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'], maxNumConditions: 1 } };
const fmt = (f: (row: ClaimRow) => string) => (p: ValueFormatterParams<ClaimRow>) => (p.data ? f(p.data) : '');
const none: SetOption = { value: '', label: '(none)' };

/** Columns in their default order; `facets` is read when a set filter opens. */
export function claimColumnDefs(facets: () => Facets | undefined): (ColDef<ClaimRow> & { colId: ClaimColumn })[] {
  return [
    { colId: 'text', headerName: 'Claim', field: 'text', width: 380, minWidth: 200, pinned: 'left', lockPinned: true, cellRenderer: TextCell, tooltipField: 'text', editable: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 5000, rows: 6, cols: 60 }, ...text },
    { colId: 'value', headerName: 'Value', valueGetter: (p) => p.data?.value ?? null, valueFormatter: fmt(formatValue), width: 124, type: 'rightAligned', editable: true, cellEditor: 'agTextCellEditor', ...number },
    { colId: 'qualifier', headerName: 'Qualifier', field: 'qualifier', valueFormatter: fmt((r) => QUALIFIER_LABELS[r.qualifier ?? ''] ?? ''), width: 100, editable: true, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: ['', ...QUALIFIERS] }, ...set(() => [none, ...QUALIFIERS.map((q) => ({ value: q, label: QUALIFIER_LABELS[q]! }))]) },
    { colId: 'unit', headerName: 'Unit', field: 'unit', valueFormatter: fmt((r) => withEnglish(r.unit, englishUnitLabel(r.unit))), cellRenderer: BidiCell, width: 140, editable: true, ...text },
    { colId: 'places', headerName: 'Place', valueGetter: (p) => p.data?.places.map((x) => x.name).join('; ') ?? '', cellRenderer: BidiCell, width: 130, sortable: false, editable: true, ...text },
    { colId: 'when', headerName: 'When', valueGetter: (p) => (p.data ? formatWhen(p.data) : ''), width: 176, editable: true, ...date },
    { colId: 'source', headerName: 'Source', valueGetter: (p) => p.data?.sourceName ?? '', valueFormatter: fmt((r) => withEnglish(r.sourceName, englishSourceLabel(r.sourceName))), cellRenderer: BidiCell, width: 170, editable: true, tooltipValueGetter: (p) => (p.data?.via.length ? `${p.data.sourceName ?? '?'} via ${p.data.via.map((v) => v.name).join(', ')}` : p.data?.sourceName ?? ''), ...set(() => [none, ...(facets()?.sources ?? []).map((s) => ({ value: s.id, label: s.reliability ? `${s.name} (${s.reliability})` : s.name }))]) },
    { colId: 'grade', headerName: 'Grade', headerTooltip: 'Admiralty code: source reliability A–F (set on the source) and information credibility 1–6 (set on the claim)', field: 'grade', width: 76, cellRenderer: GradeCell, editable: true, ...text },
    { colId: 'status', headerName: 'Status', field: 'status', width: 108, cellRenderer: StatusCell, editable: true, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...CLAIM_STATUSES] }, ...set(() => CLAIM_STATUSES.map((s) => ({ value: s, label: s }))) },
    { colId: 'subject', headerName: 'Subject', field: 'subject', cellRenderer: BidiCell, width: 120, editable: true, ...text },
    { colId: 'eventType', headerName: 'Event', field: 'eventType', valueFormatter: fmt((r) => eventLabel(r.eventType)), width: 140, editable: true, cellEditor: 'agSelectCellEditor', cellEditorParams: () => ({ values: ['', ...(facets()?.eventTypes ?? [])] }), ...set(() => [none, ...(facets()?.eventTypes ?? []).map((t) => ({ value: t, label: eventLabel(t) }))]) },
    { colId: 'via', headerName: 'Via', valueGetter: (p) => p.data?.via.map((v) => v.name).join('; ') ?? '', cellRenderer: BidiCell, width: 110, sortable: false, ...text },
    { colId: 'document', headerName: 'Document', valueGetter: (p) => p.data?.documentTitle ?? '', cellRenderer: BidiCell, width: 180, tooltipValueGetter: (p) => p.data?.documentTitle ?? '', ...text },
    { colId: 'tags', headerName: 'Tags', valueGetter: (p) => p.data?.tags.map((t) => t.name).join('; ') ?? '', width: 130, sortable: false, cellRenderer: TagsCell, editable: true, ...set(() => [none, ...(facets()?.tags ?? []).map((t) => ({ value: t.id, label: t.name, color: t.color }))]) },
    { colId: 'notes', headerName: 'Notes', field: 'notes', cellRenderer: BidiCell, width: 160, sortable: false, tooltipField: 'notes', editable: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 20000, rows: 6, cols: 50 }, ...text },
    { colId: 'updatedBy', headerName: 'Edited by', field: 'updatedBy', width: 110, sortable: false, ...set(() => (facets()?.editors ?? []).map((e) => ({ value: e, label: e }))) },
    { colId: 'updatedAt', headerName: 'Edited', valueGetter: (p) => p.data?.updatedAt ?? '', valueFormatter: fmt((r) => dateTime(r.updatedAt)), width: 128, ...date },
    { colId: 'reliability', headerName: 'Reliability', field: 'reliability', width: 96, hide: true, editable: true, ...set(() => [none, ...RELIABILITY.map((r) => ({ value: r, label: `${r} · ${RELIABILITY_LABELS[r]}` }))]) },
    { colId: 'credibility', headerName: 'Credibility', field: 'credibility', width: 96, hide: true, editable: true, ...set(() => [none, ...Object.entries(CREDIBILITY_LABELS).map(([c, label]) => ({ value: c, label: `${c} · ${label}` }))]) },
    { colId: 'origin', headerName: 'Origin', field: 'origin', width: 90, hide: true, sortable: false, ...set(() => ['extracted', 'manual', 'annotation'].map((o) => ({ value: o, label: o }))) },
    { colId: 'createdAt', headerName: 'Added', valueGetter: (p) => p.data?.createdAt ?? '', valueFormatter: fmt((r) => dateTime(r.createdAt)), width: 128, hide: true, ...date },
  ];
}
