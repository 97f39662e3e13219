/**
 * Coordinates as analysts write them: decimal degrees ("36.2306, 36.6925", "36.2306N 36.6925E"),
 * degrees-minutes-seconds (36°13'50"N 36°41'33"E, also with ′ ″, spaces or decimal minutes)
 * and MGRS ("37S BA 92620 11994"). Plain decimals are read latitude first (ISO 6709); with
 * hemisphere letters the letters decide. MGRS conversion is the `mgrs` package's.
 */
import * as mgrsModule from 'mgrs';

// `mgrs` is a UMD bundle under Node and an ES module under Vite: take whichever shape arrives.
const mgrs = ((mgrsModule as unknown as { default?: typeof mgrsModule }).default ?? mgrsModule) as typeof mgrsModule;

export interface LatLon {
  lat: number;
  lon: number;
}

export type CoordinateFormat = 'decimal' | 'dms' | 'mgrs';

export class CoordinateError extends Error {
  override name = 'CoordinateError';
}

function checkRange({ lat, lon }: LatLon, text: string): LatLon {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) throw new CoordinateError(`"${text}" is not a coordinate.`);
  if (Math.abs(lat) > 90) throw new CoordinateError(`Latitude ${lat} is outside −90…90.`);
  if (Math.abs(lon) > 180) throw new CoordinateError(`Longitude ${lon} is outside −180…180.`);
  return { lat, lon };
}

const MGRS_PATTERN = /^\s*(\d{1,2})\s*([C-HJ-NP-X])\s*([A-HJ-NP-Z]{2})\s*((?:\d\s*){0,10})$/i;

function parseMgrs(text: string): LatLon | null {
  const match = MGRS_PATTERN.exec(text);
  if (!match) return null;
  const digits = match[4]!.replace(/\s+/g, '');
  if (digits.length % 2 !== 0) throw new CoordinateError(`MGRS "${text.trim()}" needs as many easting as northing digits.`);
  const reference = `${match[1]}${match[2]}${match[3]}${digits}`.toUpperCase();
  try {
    const [lon, lat] = mgrs.toPoint(reference);
    return checkRange({ lat, lon }, text);
  } catch {
    throw new CoordinateError(`"${text.trim()}" is not a valid MGRS reference.`);
  }
}

/** One axis: degrees with optional minutes/seconds and an optional hemisphere letter. */
const AXIS = String.raw`([NSEW])?\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:°|º|d|deg|\s)?\s*(?:(\d+(?:[.,]\d+)?)\s*(?:'|′|’|m|min|\s)\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|s|sec)?\s*)?(?:([NSEW])(?!\s*[+-]?\d))?`;
const PAIR = new RegExp(String.raw`^\s*${AXIS}\s*[,;/]?\s*${AXIS}\s*$`, 'i');

interface Axis {
  value: number;
  hemisphere: string | null;
}

function axis(parts: (string | undefined)[]): Axis {
  const [before, deg, min, sec, after] = parts;
  if (before && after) throw new CoordinateError('A coordinate has two hemisphere letters.');
  const num = (s: string | undefined): number => (s ? Number(s.replace(',', '.')) : 0);
  const degrees = num(deg);
  if (min !== undefined && num(min) >= 60) throw new CoordinateError(`${min} minutes is not under 60.`);
  if (sec !== undefined && num(sec) >= 60) throw new CoordinateError(`${sec} seconds is not under 60.`);
  const magnitude = Math.abs(degrees) + num(min) / 60 + num(sec) / 3600;
  const hemisphere = (before ?? after ?? null)?.toUpperCase() ?? null;
  let value = degrees < 0 || deg!.startsWith('-') ? -magnitude : magnitude;
  if (hemisphere === 'S' || hemisphere === 'W') value = -Math.abs(value);
  return { value, hemisphere };
}

/** Reads a coordinate pair in any of the supported notations; throws CoordinateError with a clear reason. */
export function parseCoordinates(input: string): LatLon {
  const text = input.trim();
  if (!text) throw new CoordinateError('Type a coordinate: decimal degrees, degrees-minutes-seconds or MGRS.');
  const fromMgrs = parseMgrs(text);
  if (fromMgrs) return fromMgrs;
  const match = PAIR.exec(text);
  if (!match) throw new CoordinateError(`"${text}" is not a coordinate: try 36.2306, 36.6925 or 36°13'50"N 36°41'33"E or 37S BA 92620 11994.`);
  const first = axis(match.slice(1, 6));
  const second = axis(match.slice(6, 11));
  const isLat = (a: Axis): boolean => a.hemisphere === 'N' || a.hemisphere === 'S';
  const isLon = (a: Axis): boolean => a.hemisphere === 'E' || a.hemisphere === 'W';
  if ((isLat(first) && isLat(second)) || (isLon(first) && isLon(second))) {
    throw new CoordinateError('Both parts name the same axis: give one latitude (N/S) and one longitude (E/W).');
  }
  const swapped = isLon(first) || isLat(second);
  const lat = swapped ? second.value : first.value;
  const lon = swapped ? first.value : second.value;
  return checkRange({ lat, lon }, text);
}

/** Which notation `input` is written in (for the form's hint), or null when it is none. */
export function coordinateFormatOf(input: string): CoordinateFormat | null {
  const text = input.trim();
  if (MGRS_PATTERN.test(text)) return 'mgrs';
  if (/[°º'′"″]|\d\s+\d+\s+\d/.test(text)) return 'dms';
  return PAIR.test(text) ? 'decimal' : null;
}

export function formatDecimal({ lat, lon }: LatLon, digits = 5): string {
  return `${lat.toFixed(digits)}, ${lon.toFixed(digits)}`;
}

function dmsAxis(value: number, positive: string, negative: string, secondDigits: number): string {
  const hemisphere = value < 0 ? negative : positive;
  let total = Math.abs(value) * 3600;
  total = Math.round(total * 10 ** secondDigits) / 10 ** secondDigits;
  const degrees = Math.floor(total / 3600);
  const minutes = Math.floor((total - degrees * 3600) / 60);
  const seconds = total - degrees * 3600 - minutes * 60;
  const s = seconds.toFixed(secondDigits).padStart(secondDigits > 0 ? 3 + secondDigits : 2, '0');
  return `${degrees}°${String(minutes).padStart(2, '0')}'${s}"${hemisphere}`;
}

/** 36°13'50.0"N 36°41'33.0"E */
export function formatDms({ lat, lon }: LatLon, secondDigits = 1): string {
  return `${dmsAxis(lat, 'N', 'S', secondDigits)} ${dmsAxis(lon, 'E', 'W', secondDigits)}`;
}

/** 37S BA 92620 11994 (1 m precision by default); MGRS is undefined beyond ±84° latitude (UPS). */
export function formatMgrs({ lat, lon }: LatLon, digits = 5): string | null {
  if (lat > 84 || lat < -80) return null;
  try {
    const raw = mgrs.forward([lon, lat], digits);
    const match = /^(\d{1,2}[A-Z])([A-Z]{2})(\d*)$/.exec(raw);
    if (!match) return raw;
    const half = match[3]!.length / 2;
    return [match[1], match[2], match[3]!.slice(0, half), match[3]!.slice(half)].filter(Boolean).join(' ');
  } catch {
    return null;
  }
}

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}
