/** The toolbar's menus: saved views (per case) and which columns show. */
import type { Column, GridApi } from 'ag-grid-community';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import type { SavedView } from '../../../shared/contract/views.ts';

function Menu({ label, children, testId }: { label: string; children: (close: () => void) => ReactNode; testId: string }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <div className="menu" ref={ref} data-testid={testId}>
      <button className="button ghost" aria-expanded={open} onClick={() => setOpen(!open)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
        {label} ▾
      </button>
      {open && (
        <div className="menu-popover" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {children(() => setOpen(false))}
        </div>
      )}
    </div>
  );
}

export function ViewsMenu({ views, active, onApply, onSave, onDelete }: { views: SavedView[]; active: string | null; onApply(view: SavedView): void; onSave(name: string): void; onDelete(name: string): void }) {
  const [name, setName] = useState('');
  const named = views.filter((v) => v.name !== '');
  return (
    <Menu label={active ? `View: ${active}` : 'Views'} testId="views-menu">
      {(close) => (
        <>
          {named.length === 0 && <div className="menu-note">No saved views yet.</div>}
          {named.map((view) => (
            <div key={view.name} className="menu-item-row">
              <button className="menu-item" onClick={() => (onApply(view), close())}>
                {view.name}
              </button>
              <button className="button ghost small" aria-label={`Delete view ${view.name}`} onClick={() => onDelete(view.name)}>
                ×
              </button>
            </div>
          ))}
          <form
            className="menu-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!name.trim()) return;
              onSave(name.trim());
              setName('');
              close();
            }}
          >
            <input className="input" placeholder="Save this view as…" value={name} onChange={(e) => setName(e.target.value)} aria-label="View name" />
            <button className="button small" type="submit" disabled={!name.trim()}>
              Save
            </button>
          </form>
        </>
      )}
    </Menu>
  );
}

export function ColumnsMenu({ api }: { api: GridApi<ClaimRow> | null }) {
  const [, bump] = useState(0);
  const columns: Column[] = api?.getColumns() ?? [];
  return (
    <Menu label="Columns" testId="columns-menu">
      {() => (
        <div className="menu-columns">
          {columns.map((column) => (
            <label key={column.getColId()} className="menu-check">
              <input
                type="checkbox"
                checked={column.isVisible()}
                onChange={() => {
                  api?.setColumnsVisible([column], !column.isVisible());
                  bump((n) => n + 1);
                }}
              />
              {column.getColDef().headerName}
            </label>
          ))}
          <button className="link-button" onClick={() => (api?.resetColumnState(), bump((n) => n + 1))}>
            Reset columns
          </button>
        </div>
      )}
    </Menu>
  );
}
