/**
 * Observation points: the analyst's own layer of posts, crossings, bases and checkpoints.
 * Every edit goes through the record store (who, when, before/after in the change log), so
 * a point has a history like every other record, and deletions are tombstones that can be
 * restored (which is how the map's undo brings a deleted point back).
 */
import { z } from 'zod';
import { AUTHORSHIP } from './authorship.ts';
import { defineMethod } from './define.ts';

export const PointLinks = z.object({ claimIds: z.array(z.string()), documentIds: z.array(z.string()) });

export const ObservationPoint = z.object({
  id: z.string(),
  rev: z.string(),
  name: z.string(),
  type: z.string(),
  lat: z.number(),
  lon: z.number(),
  notes: z.string(),
  properties: z.record(z.string(), z.unknown()),
  links: PointLinks,
  ...AUTHORSHIP,
});
export type ObservationPoint = z.infer<typeof ObservationPoint>;

export const PointType = z.object({
  name: z.string(),
  color: z.string(),
  /** Built into Sightline (true) or added to this case by an analyst. */
  builtIn: z.boolean(),
});
export type PointType = z.infer<typeof PointType>;

const Name = z.string().trim().min(1, 'A point needs a name.').max(200);
const TypeName = z.string().trim().min(1).max(60);
const Lat = z.number().min(-90).max(90);
const Lon = z.number().min(-180).max(180);

export const observationPointsList = defineMethod(
  'observationPoints:list',
  'Observation points of the case and the point types',
  z.object({}).strict(),
  z.object({ points: z.array(ObservationPoint), types: z.array(PointType) }),
);

export const observationPointsCreate = defineMethod(
  'observationPoints:create',
  'Add an observation point',
  z.object({ name: Name, type: TypeName.default('observation post'), lat: Lat, lon: Lon, notes: z.string().max(20_000).default('') }),
  ObservationPoint,
);

/** Edits a point; `expectedRev` makes it fail with `conflict` if someone changed it meanwhile. */
export const observationPointsUpdate = defineMethod(
  'observationPoints:update',
  'Edit or move an observation point',
  z.object({
    id: z.string(),
    expectedRev: z.string().optional(),
    name: Name.optional(),
    type: TypeName.optional(),
    lat: Lat.optional(),
    lon: Lon.optional(),
    notes: z.string().max(20_000).optional(),
    /** Replaces the linked claims and documents. */
    links: PointLinks.optional(),
  }),
  ObservationPoint,
);

export const observationPointsDelete = defineMethod(
  'observationPoints:delete',
  'Delete an observation point (a tombstone: restore undoes it)',
  z.object({ id: z.string() }),
  z.object({ id: z.string(), rev: z.string() }),
);

export const observationPointsRestore = defineMethod(
  'observationPoints:restore',
  'Bring a deleted observation point back',
  z.object({ id: z.string() }),
  ObservationPoint,
);

export const PointChange = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  op: z.enum(['insert', 'update', 'delete', 'restore']),
  summary: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type PointChange = z.infer<typeof PointChange>;

export const observationPointsHistory = defineMethod(
  'observationPoints:history',
  "An observation point's change history, oldest first",
  z.object({ id: z.string() }),
  z.object({ changes: z.array(PointChange) }),
);

export const observationPointsAddType = defineMethod(
  'observationPoints:addType',
  'Add a point type to this case',
  z.object({ name: TypeName, color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is #rrggbb.').optional() }),
  z.object({ types: z.array(PointType) }),
);

export const PointFileFormat = z.enum(['geojson', 'kml']);
export type PointFileFormat = z.infer<typeof PointFileFormat>;

/** Imports points from a GeoJSON or KML file; a file it cannot read changes nothing. */
export const observationPointsImport = defineMethod(
  'observationPoints:import',
  'Import observation points from GeoJSON or KML',
  z.object({ path: z.string().min(1), format: PointFileFormat.optional() }),
  z.object({ imported: z.number().int(), skipped: z.number().int(), ids: z.array(z.string()), warnings: z.array(z.string()) }),
);

export const observationPointsExport = defineMethod(
  'observationPoints:export',
  'Export observation points to GeoJSON or KML',
  z.object({ path: z.string().min(1), format: PointFileFormat.optional(), ids: z.array(z.string()).optional(), overwrite: z.boolean().default(false) }),
  z.object({ path: z.string(), format: PointFileFormat, exported: z.number().int() }),
);

/** What a point's links point to, for its side panel: claim texts and document titles. */
export const observationPointsLinks = defineMethod(
  'observationPoints:links',
  "The claims and documents an observation point is linked to",
  z.object({ id: z.string() }),
  z.object({
    claims: z.array(z.object({ id: z.string(), text: z.string(), status: z.string(), documentId: z.string().nullable() })),
    documents: z.array(z.object({ id: z.string(), title: z.string(), fileName: z.string().nullable() })),
  }),
);
