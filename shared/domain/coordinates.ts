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

/**
 * One axis: signed degrees, then minutes and seconds each with their mark (° ' "), and a
 * hemisphere letter either before (PREFIXED) or after (SUFFIXED) the number. Trying the
 * pairings in turn settles whose letter the "N" is in "36°13'50"N 36°41'33"E" (the first's)
 * and in "N36°13'50" E36°41'33"" (the second's).
 */
const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const BODY = String.raw`([+-]?\d+(?:\.\d+)?)\s*(?:°\s*(?:${NUMBER}\s*'\s*(?:${NUMBER}\s*"\s*)?)?)?`;
const PREFIXED = String.raw`([NSEW])\s*${BODY}()`;
const SUFFIXED = String.raw`()${BODY}\s*([NSEW])?`;
const SEPARATOR = String.raw`\s*[,;/]?\s*`;
const PAIRS = [
  [SUFFIXED, SUFFIXED],
  [PREFIXED, PREFIXED],
  [PREFIXED, SUFFIXED],
  [SUFFIXED, PREFIXED],
].map(([a, b]) => new RegExp(String.raw`^\s*${a}${SEPARATOR}${b}\s*$`, 'i'));

/** Common variants spelled the one way the patterns read: ′ ’ → ', ″ ” '' → ", º → °, decimal commas. */
function normalize(text: string): string {
  let t = text.replace(/[′’‘]/g, "'").replace(/[″”“]|''/g, '"').replace(/º|˚/g, '°');
  // "36,23; 36,69" or "36,23 36,69": commas are decimal marks.
  if (/;/.test(t) || /^\s*-?\d+,\d+\s+-?\d+,\d+\s*$/.test(t)) t = t.replace(/(\d),(\d)/g, '$1.$2');
  // "36 13 50 N 36 41 33 E": degrees, minutes, seconds by position.
  t = t.replace(/(^|[\s,;NSEW])(\d{1,3})\s+(\d{1,2})\s+(\d{1,2}(?:\.\d+)?)(?=\s*[NSEW])/gi, `$1$2°$3'$4"`);
  return t;
}

interface Axis {
  value: number;
  hemisphere: string | null;
}

function axis(parts: (string | undefined)[]): Axis {
  const [before, deg, min, sec, after] = parts;
  const num = (v: string | undefined): number => (v ? Number(v) : 0);
  if (min !== undefined && num(min) >= 60) throw new CoordinateError(`${min} minutes is not under 60.`);
  if (sec !== undefined && num(sec) >= 60) throw new CoordinateError(`${sec} seconds is not under 60.`);
  const magnitude = Math.abs(num(deg)) + num(min) / 60 + num(sec) / 3600;
  const hemisphere = (before || after || null)?.toUpperCase() ?? null;
  let value = deg!.startsWith('-') ? -magnitude : magnitude;
  if (hemisphere === 'S' || hemisphere === 'W') value = -Math.abs(value);
  return { value, hemisphere };
}

/** Reads a coordinate pair in any of the supported notations; throws CoordinateError with a clear reason. */
export function parseCoordinates(input: string): LatLon {
  const text = input.trim();
  if (!text) throw new CoordinateError('Type a coordinate: decimal degrees, degrees-minutes-seconds or MGRS.');
  const fromMgrs = parseMgrs(text);
  if (fromMgrs) return fromMgrs;
  const normalized = normalize(text);
  const match = PAIRS.map((re) => re.exec(normalized)).find((m) => m !== null);
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
  if (!PAIRS.some((re) => re.test(normalize(text)))) return null;
  return /[°º˚'′"″]|\d\s+\d+\s+\d/.test(text) ? 'dms' : 'decimal';
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
