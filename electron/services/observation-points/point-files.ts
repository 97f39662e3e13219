/**
 * Observation points in and out of files: GeoJSON (RFC 7946) and KML (what Google Earth users
 * share). KML is read by @tmcw/togeojson over @xmldom/xmldom and written by @placemarkio/tokml.
 * An import is all or nothing: a file that cannot be read, or holds no point, changes nothing
 * and says why in one line.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { toKML } from '@placemarkio/tokml';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import type { ObservationPoint, PointFileFormat } from '../../../shared/contract/observation-points.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { createPoint, listPoints } from './observation-points.ts';

const MAX_BYTES = 50 * 1024 * 1024;

export function formatOf(path: string, format?: PointFileFormat): PointFileFormat {
  if (format) return format;
  const ext = extname(path).toLowerCase();
  if (ext === '.kml') return 'kml';
  if (ext === '.geojson' || ext === '.json') return 'geojson';
  throw new ApiError('unsupported', `${basename(path)}: Sightline reads and writes observation points as .geojson, .json or .kml.`);
}

function readText(path: string): string {
  if (!existsSync(path)) throw new ApiError('not_found', `There is no file at ${path}.`);
  const stat = statSync(path);
  if (!stat.isFile()) throw new ApiError('invalid_input', `${path} is a folder, not a file.`);
  if (stat.size > MAX_BYTES) throw new ApiError('invalid_input', `${basename(path)} is larger than 50 MB; that is not a file of observation points.`);
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

function parseGeojson(text: string, name: string): Feature[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ApiError('invalid_input', `${name} is not valid JSON: ${(error as Error).message}`);
  }
  const d = data as { type?: unknown; features?: unknown };
  if (d?.type === 'FeatureCollection' && Array.isArray(d.features)) return d.features as Feature[];
  if (d?.type === 'Feature') return [data as Feature];
  if (d?.type === 'Point') return [{ type: 'Feature', geometry: data as Point, properties: {} }];
  throw new ApiError('invalid_input', `${name} is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a Point.`);
}

function parseKml(text: string, name: string): Feature[] {
  const errors: string[] = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw new ApiError('invalid_input', `${name} is not valid XML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (errors.length > 0) throw new ApiError('invalid_input', `${name} is not valid XML: ${errors[0]!.split('\n')[0]}`);
  if (!doc.documentElement || doc.getElementsByTagName('kml').length === 0) throw new ApiError('invalid_input', `${name} is XML but not KML (no <kml> element).`);
  return kml(doc).features as Feature[];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

interface ImportedPoint {
  name: string;
  type: string;
  lat: number;
  lon: number;
  notes: string;
  properties: Record<string, unknown>;
  sightlineId: string | null;
}

/** The points of a feature list; anything that is not a point is counted and skipped. */
function toPoints(features: Feature[], warnings: string[]): { points: ImportedPoint[]; skipped: number } {
  const points: ImportedPoint[] = [];
  let skipped = 0;
  features.forEach((f, index) => {
    const g = f?.geometry as Geometry | null | undefined;
    const coords: number[][] = g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : [];
    if (coords.length === 0) {
      skipped++;
      return;
    }
    const props = { ...((f.properties ?? {}) as Record<string, unknown>) };
    const name = text(props['name']) ?? text(props['title']) ?? text(props['Name']) ?? `Point ${index + 1}`;
    const type = text(props['type']) ?? 'observation post';
    const notes = text(props['notes']) ?? text(props['description']) ?? '';
    const sightlineId = text(props['sightlineId']);
    for (const key of ['name', 'title', 'Name', 'type', 'notes', 'description', 'sightlineId', 'links', 'styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'fill', 'icon']) delete props[key];
    for (const [lon, lat] of coords) {
      if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        warnings.push(`${name}: coordinates ${JSON.stringify([lon, lat])} are not a position on Earth; skipped.`);
        skipped++;
        continue;
      }
      points.push({ name: name.slice(0, 200), type: type.slice(0, 60), lat, lon, notes: notes.slice(0, 20_000), properties: props, sightlineId });
    }
  });
  return { points, skipped };
}

export function importPoints(db: WritableDb, path: string, format: PointFileFormat | undefined, actor: string): MethodOutput<'observationPoints:import'> {
  const fmt = formatOf(path, format);
  const name = basename(path);
  const content = readText(path);
  const features = fmt === 'kml' ? parseKml(content, name) : parseGeojson(content, name);
  const warnings: string[] = [];
  const { points, skipped } = toPoints(features, warnings);
  if (points.length === 0) throw new ApiError('invalid_input', `${name} holds no points${features.length ? ` (${features.length} features, none a point)` : ''}; nothing was imported.`);
  const ids: string[] = [];
  let duplicates = 0;
  db.transaction(() => {
    for (const p of points) {
      // A point exported from this case and imported back is the same point: keep one.
      if (p.sightlineId && statement(db, 'SELECT 1 FROM observation_points WHERE id = ? AND deleted_at IS NULL').get(p.sightlineId)) {
        duplicates++;
        continue;
      }
      ids.push(createPoint(db, p, actor, `Imported ${p.name} from ${name}`).id);
    }
  })();
  if (duplicates) warnings.push(`${duplicates} point${duplicates === 1 ? ' is' : 's are'} already in this case; kept once.`);
  return { imported: ids.length, skipped: skipped + duplicates, ids, warnings };
}

export function pointsToGeojson(points: ObservationPoint[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { ...p.properties, name: p.name, type: p.type, notes: p.notes, sightlineId: p.id, updatedAt: p.updatedAt, updatedBy: p.updatedBy },
    })),
  };
}

export function exportPoints(db: ReadableDb, input: { path: string; format?: PointFileFormat | undefined; ids?: string[] | undefined; overwrite: boolean }): MethodOutput<'observationPoints:export'> {
  const format = formatOf(input.path, input.format);
  if (existsSync(input.path) && !input.overwrite) throw new ApiError('conflict', `${basename(input.path)} already exists; choose another name or allow overwriting.`);
  let points = listPoints(db).points;
  if (input.ids) {
    const wanted = new Set(input.ids);
    points = points.filter((p) => wanted.has(p.id));
  }
  const collection = pointsToGeojson(points);
  let body: string;
  if (format === 'kml') {
    // KML descriptions are what Google Earth shows: put the notes there.
    body = toKML({ ...collection, features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, description: f.properties?.['notes'] } })) });
  } else {
    body = JSON.stringify(collection, null, 2) + '\n';
  }
  try {
    writeFileSync(input.path, body);
  } catch (error) {
    throw new ApiError('io', `Could not write ${input.path}: ${(error as Error).message}`);
  }
  return { path: input.path, format, exported: points.length };
}
