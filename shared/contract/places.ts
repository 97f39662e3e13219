/**
 * Places of claims on the map: the features for a claim filter (with counts and a status
 * breakdown), the claims at one place, the places of selected claims, and the places the
 * gazetteer could not settle, which the analyst places by hand once for the whole case.
 */
import { z } from 'zod';
import { ClaimFilter } from './claim-filter.ts';
import { defineMethod } from './define.ts';

/**
 * Column-wise (one array per field, index i is place i): 100,000 places cross the boundary
 * and are validated in tens of milliseconds, where as many objects would take seconds.
 */
export const PlaceFeatures = z.object({
  ids: z.array(z.string()),
  names: z.array(z.string()),
  lon: z.array(z.number()),
  lat: z.array(z.number()),
  /** Claims at the place that match the filter. */
  claims: z.array(z.number().int()),
  unreviewed: z.array(z.number().int()),
  confirmed: z.array(z.number().int()),
  disputed: z.array(z.number().int()),
  rejected: z.array(z.number().int()),
  /** Index into `sources` of the source most of the place's claims cite, -1 when none. */
  topSource: z.array(z.number().int()),
});
export type PlaceFeatures = z.infer<typeof PlaceFeatures>;

export const placesFeatures = defineMethod(
  'places:features',
  'Claim places with claim counts and status breakdown, for a claim filter',
  z.object({ filter: ClaimFilter.default({}) }),
  z.object({
    places: PlaceFeatures,
    /** Sources cited at these places, most cited first. */
    sources: z.array(z.object({ id: z.string(), name: z.string(), claims: z.number().int() })),
    /** Claims matching the filter whose places are not on the map (unresolved, ambiguous or none). */
    unplacedClaims: z.number().int(),
    tookMs: z.number(),
  }),
);

export const PlaceClaim = z.object({
  id: z.string(),
  text: z.string(),
  status: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  whenStart: z.string().nullable(),
  whenEnd: z.string().nullable(),
  sourceName: z.string().nullable(),
  documentTitle: z.string().nullable(),
});
export type PlaceClaim = z.infer<typeof PlaceClaim>;

/** A place and the claims there that match the filter (first `limit`, newest first). */
export const placesClaims = defineMethod(
  'places:claims',
  'One place and its claims matching a filter',
  z.object({ placeId: z.string(), filter: ClaimFilter.default({}), limit: z.number().int().min(1).max(1000).default(200) }),
  z.object({
    place: z.object({
      id: z.string(),
      rev: z.string(),
      name: z.string(),
      altNames: z.array(z.string()),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      resolution: z.string(),
      countryCode: z.string().nullable(),
      admin1: z.string().nullable(),
    }),
    claims: z.array(PlaceClaim),
    total: z.number().int(),
  }),
);

/** The placed places of some claims (the grid's selection), to highlight and frame them. */
export const placesOfClaims = defineMethod(
  'places:ofClaims',
  'Places of the given claims',
  z.object({ claimIds: z.array(z.string()).max(10_000) }),
  z.object({ placeIds: z.array(z.string()), bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable() }),
);

export const UnresolvedPlace = z.object({
  id: z.string(),
  rev: z.string(),
  name: z.string(),
  altNames: z.array(z.string()),
  resolution: z.enum(['unresolved', 'ambiguous']),
  countryCode: z.string().nullable(),
  admin1: z.string().nullable(),
  /** Live claims that cite it. */
  claims: z.number().int(),
  /** A first claim's text, to judge which place is meant. */
  example: z.string().nullable(),
});
export type UnresolvedPlace = z.infer<typeof UnresolvedPlace>;

/** Places the analyst must place by hand: unresolved or ambiguous, most cited first. */
export const placesUnresolved = defineMethod(
  'places:unresolved',
  'Unresolved and ambiguous places, most cited first',
  z.object({}).strict(),
  z.object({ places: z.array(UnresolvedPlace) }),
);

/**
 * Places a place by hand: sets its position for the whole case (resolution 'analyst'). Its
 * name and alternative names stay, so the extractor reuses this place next time it meets them.
 */
export const placesLocate = defineMethod(
  'places:locate',
  'Place a place by hand (for the whole case)',
  z.object({
    id: z.string(),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** Also known as (kept, and added to the place's alternative names). */
    altNames: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    expectedRev: z.string().optional(),
  }),
  z.object({ id: z.string(), rev: z.string() }),
);
