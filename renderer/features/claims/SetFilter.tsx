/**
 * A set filter for the claims grid (AG Grid's own is enterprise-only): a searchable list of
 * checkboxes. Its model, { filterType: 'set', values }, is what claims:query understands;
 * the filtering itself happens in SQL, so doesFilterPass is never asked for rows.
 */
import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';

export interface SetOption {
  value: string;
  label: string;
  color?: string;
}

export interface SetFilterParams {
  /** The choices; a function so they can come from the case after the grid is built. */
  options: () => SetOption[];
}

export interface SetFilterModel {
  filterType: 'set';
  values: string[];
}

export function SetFilter(props: CustomFilterProps<unknown, unknown, SetFilterModel> & SetFilterParams) {
  const { model, onModelChange, options } = props;
  const [search, setSearch] = useState('');
  const all = useMemo(() => options(), [options]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle ? all.filter((o) => o.label.toLowerCase().includes(needle)) : all;
  }, [all, search]);
  const chosen = new Set(model?.values ?? []);
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });

  const set = (values: Set<string>): void => onModelChange(values.size === 0 ? null : { filterType: 'set', values: [...values] });
  const toggle = (value: string): void => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    set(next);
  };
  return (
    <div className="set-filter" data-testid="set-filter">
      {all.length > 8 && <input className="input" placeholder="Search…" value={search} onChange={(e) => setSearch(e.target.value)} aria-label="Search the values" />}
      <div className="set-filter-actions">
        <button className="link-button" onClick={() => set(new Set(shown.map((o) => o.value)))}>
          All
        </button>
        <button className="link-button" onClick={() => set(new Set())}>
          None
        </button>
      </div>
      <ul className="set-filter-list">
        {shown.map((option) => (
          <li key={option.value}>
            <label>
              <input type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
              {option.color && <span className="swatch" style={{ background: option.color }} />}
              <span>{option.label}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No values</li>}
      </ul>
    </div>
  );
}
