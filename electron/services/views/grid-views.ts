/** Saved grid views per case (grid_views, migration 5): the analyst's working state, not synced. */
import type { SavedView, ViewState } from '../../../shared/contract/views.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';

interface RawView {
  name: string;
  state: string;
  updated_at: string;
  updated_by: string;
}

const fromRaw = (raw: RawView): SavedView => ({ name: raw.name, state: JSON.parse(raw.state) as ViewState, updatedAt: raw.updated_at, updatedBy: raw.updated_by });

export function listViews(db: ReadableDb, grid: string): SavedView[] {
  return (statement(db, 'SELECT name, state, updated_at, updated_by FROM grid_views WHERE grid = ? ORDER BY name COLLATE NOCASE').all(grid) as RawView[]).map(fromRaw);
}

export function saveView(db: WritableDb, grid: string, name: string, state: ViewState, actor: string): SavedView {
  const at = new Date().toISOString();
  statement(
    db,
    'INSERT INTO grid_views (grid, name, state, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (grid, name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(grid, name, JSON.stringify(state), at, actor);
  return { name, state, updatedAt: at, updatedBy: actor };
}

export function deleteView(db: WritableDb, grid: string, name: string): boolean {
  return statement(db, 'DELETE FROM grid_views WHERE grid = ? AND name = ?').run(grid, name).changes > 0;
}
