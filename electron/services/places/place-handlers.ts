/** The places:*, map:* and observationPoints:* handlers: thin calls into the services. */
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { HandlerContext } from '../handler-context.ts';
import { claimTimeline } from '../map/claim-timeline.ts';
import {
  addPointType,
  createPoint,
  deletePoint,
  listPoints,
  pointLinks,
  pointHistory,
  restorePoint,
  updatePoint,
} from '../observation-points/observation-points.ts';
import { exportPoints, importPoints } from '../observation-points/point-files.ts';
import { placeClaims, placesOfClaims } from './place-claims.ts';
import { placeFeatures } from './place-features.ts';
import { locatePlace, unresolvedPlaces } from './unresolved-places.ts';

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

function changed(ctx: HandlerContext, ...tables: string[]): void {
  ctx.emit('case:changed', { tables });
}

const db = (ctx: HandlerContext) => ctx.session.requireCase().db;

export const placeHandlers: {
  [M in
    | 'places:features'
    | 'places:claims'
    | 'places:ofClaims'
    | 'places:unresolved'
    | 'places:locate'
    | 'map:timeline'
    | 'observationPoints:list'
    | 'observationPoints:create'
    | 'observationPoints:update'
    | 'observationPoints:delete'
    | 'observationPoints:restore'
    | 'observationPoints:history'
    | 'observationPoints:addType'
    | 'observationPoints:import'
    | 'observationPoints:export'
    | 'observationPoints:links']: Handler<M>;
} = {
  'places:features': (input, ctx) => placeFeatures(db(ctx), input.filter),
  'places:claims': (input, ctx) => placeClaims(db(ctx), input.placeId, input.filter, input.limit),
  'places:ofClaims': (input, ctx) => placesOfClaims(db(ctx), input.claimIds),
  'places:unresolved': (_input, ctx) => unresolvedPlaces(db(ctx)),
  'places:locate': (input, ctx) => {
    const result = locatePlace(ctx.session.requireWritable(), input, ctx.actor());
    changed(ctx, 'places');
    return result;
  },
  'map:timeline': (input, ctx) => claimTimeline(db(ctx), input.filter),
  'observationPoints:list': (_input, ctx) => listPoints(db(ctx)),
  'observationPoints:create': (input, ctx) => {
    const writable = ctx.session.requireWritable();
    const point = writable.transaction(() => createPoint(writable, input, ctx.actor()))();
    changed(ctx, 'observation_points');
    return point;
  },
  'observationPoints:update': (input, ctx) => {
    const point = updatePoint(ctx.session.requireWritable(), input, ctx.actor());
    changed(ctx, 'observation_points');
    return point;
  },
  'observationPoints:delete': (input, ctx) => {
    const result = deletePoint(ctx.session.requireWritable(), input.id, ctx.actor());
    changed(ctx, 'observation_points');
    return result;
  },
  'observationPoints:restore': (input, ctx) => {
    const point = restorePoint(ctx.session.requireWritable(), input.id, ctx.actor());
    changed(ctx, 'observation_points');
    return point;
  },
  'observationPoints:history': (input, ctx) => pointHistory(db(ctx), input.id),
  'observationPoints:addType': (input, ctx) => {
    const types = addPointType(ctx.session.requireWritable(), input, ctx.actor());
    changed(ctx, 'observation_point_types');
    return { types };
  },
  'observationPoints:import': (input, ctx) => {
    const result = importPoints(ctx.session.requireWritable(), input.path, input.format, ctx.actor());
    changed(ctx, 'observation_points');
    return result;
  },
  'observationPoints:export': (input, ctx) => exportPoints(db(ctx), input),
  'observationPoints:links': (input, ctx) => pointLinks(db(ctx), input.id),
};
