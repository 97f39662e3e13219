/**
 * Saved views of a grid, per case: filters, sort, quick search and column layout under a
 * name. The name "" holds the grid's current layout, saved as the analyst changes it.
 */
import { z } from 'zod';
import { defineMethod } from './define.ts';

export const GRIDS = ['claims'] as const;

export const ViewState = z.object({
  /** AG Grid column state (order, width, hidden, pinned, sort), kept as the grid gives it. */
  columns: z.array(z.record(z.string(), z.unknown())).max(200).default([]),
  filterModel: z.record(z.string(), z.unknown()).default({}),
  quickSearch: z.string().max(500).default(''),
});
export type ViewState = z.infer<typeof ViewState>;

export const SavedView = z.object({ name: z.string(), state: ViewState, updatedAt: z.string(), updatedBy: z.string() });
export type SavedView = z.infer<typeof SavedView>;

const Grid = z.enum(GRIDS);
const ViewName = z.string().trim().max(100, 'Keep view names under 100 characters.');

export const viewsList = defineMethod('views:list', "A grid's saved views in this case", z.object({ grid: Grid }), z.object({ views: z.array(SavedView) }));

export const viewsSave = defineMethod(
  'views:save',
  'Save a grid view (or the current layout, under the name "")',
  z.object({ grid: Grid, name: ViewName, state: ViewState }),
  SavedView,
);

export const viewsDelete = defineMethod('views:delete', 'Delete a saved view', z.object({ grid: Grid, name: ViewName }), z.object({ deleted: z.boolean() }));
