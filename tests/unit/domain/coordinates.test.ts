import { describe, expect, it } from 'vitest';
import {
  CoordinateError,
  coordinateFormatOf,
  distanceMeters,
  formatDecimal,
  formatDms,
  formatMgrs,
  parseCoordinates,
} from '../../../shared/domain/coordinates.ts';

const BAB_AL_HAWA = { lat: 36 + 13 / 60 + 50 / 3600, lon: 36 + 41 / 60 + 33 / 3600 };

describe('parseCoordinates', () => {
  it.each([
    [`36°13'50"N 36°41'33"E`, BAB_AL_HAWA],
    [`36°13′50″N, 36°41′33″E`, BAB_AL_HAWA],
    ['36 13 50 N 36 41 33 E', BAB_AL_HAWA],
    [`N36°13'50" E36°41'33"`, BAB_AL_HAWA],
    [`36°41'33"E 36°13'50"N`, BAB_AL_HAWA],
    [`36°13.8333'N 36°41.55'E`, BAB_AL_HAWA],
    ['36.230556, 36.6925', BAB_AL_HAWA],
    ['36.230556 36.6925', BAB_AL_HAWA],
    ['36.230556N 36.6925E', BAB_AL_HAWA],
    ['E36.6925 N36.230556', BAB_AL_HAWA],
    ['36,230556; 36,6925', BAB_AL_HAWA],
  ])('reads %s', (text, expected) => {
    const at = parseCoordinates(text);
    expect(distanceMeters(at, expected)).toBeLessThan(2);
  });

  it('reads southern and western hemispheres as negative', () => {
    expect(parseCoordinates(`33°52'S 151°12'E`).lat).toBeCloseTo(-33.8667, 3);
    expect(parseCoordinates(`40°26'46"N 79°58'56"W`).lon).toBeCloseTo(-79.9822, 3);
    expect(parseCoordinates('-33.9, -70.6')).toEqual({ lat: -33.9, lon: -70.6 });
  });

  it('reads MGRS with or without spaces, at any precision', () => {
    const full = parseCoordinates('37S BA 92620 11989');
    expect(distanceMeters(full, BAB_AL_HAWA)).toBeLessThan(3);
    expect(parseCoordinates('37SBA9262011989')).toEqual(full);
    expect(distanceMeters(parseCoordinates('37S BA 926 119'), BAB_AL_HAWA)).toBeLessThan(150);
  });

  it.each([
    ['', /Type a coordinate/],
    ['Idlib', /not a coordinate/],
    ['95, 36', /Latitude 95/],
    ['36, 200', /Longitude 200/],
    [`36°75'N 36°10'E`, /75 minutes/],
    ['36N 37N', /same axis/],
    ['37S BA 9262 119', /as many easting as northing/],
  ])('refuses %j with a clear reason', (text, reason) => {
    expect(() => parseCoordinates(text)).toThrow(CoordinateError);
    expect(() => parseCoordinates(text)).toThrow(reason);
  });
});

describe('formatting', () => {
  it('writes decimal, DMS and MGRS', () => {
    expect(formatDecimal(BAB_AL_HAWA)).toBe('36.23056, 36.69250');
    expect(formatDms(BAB_AL_HAWA)).toBe(`36°13'50.0"N 36°41'33.0"E`);
    expect(formatMgrs(BAB_AL_HAWA)).toBe('37S BA 92620 11989');
    expect(formatDms({ lat: -0.5, lon: -0.25 })).toBe(`0°30'00.0"S 0°15'00.0"W`);
    expect(formatMgrs({ lat: 88, lon: 0 })).toBeNull();
  });

  it('round-trips every notation', () => {
    for (const at of [BAB_AL_HAWA, { lat: 35.9306, lon: 36.6339 }, { lat: -41.2865, lon: 174.7762 }, { lat: 64.1466, lon: -21.9426 }, { lat: 0.0001, lon: -0.0001 }]) {
      expect(distanceMeters(parseCoordinates(formatDecimal(at, 6)), at)).toBeLessThan(0.2);
      expect(distanceMeters(parseCoordinates(formatDms(at, 2)), at)).toBeLessThan(0.5);
      expect(distanceMeters(parseCoordinates(formatMgrs(at)!), at)).toBeLessThan(1.5);
    }
  });

  it('names the notation of a text', () => {
    expect(coordinateFormatOf(`36°13'50"N 36°41'33"E`)).toBe('dms');
    expect(coordinateFormatOf('36.23, 36.69')).toBe('decimal');
    expect(coordinateFormatOf('37S BA 92620 11989')).toBe('mgrs');
    expect(coordinateFormatOf('hello')).toBeNull();
  });
});
