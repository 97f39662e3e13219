/** The claims:*, sources:* and views:* handlers: thin calls into the services. */
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { HandlerContext } from '../handler-context.ts';
import { listSources, updateSource } from '../sources/source-edits.ts';
import { deleteView, listViews, saveView } from '../views/grid-views.ts';
import { exportClaimsCsv } from './claim-csv.ts';
import { claimDetail } from './claim-detail.ts';
import { createClaim, deleteClaims, gradeClaim, restoreClaims, updateClaim } from './claim-edits.ts';
import { claimFacets } from './claim-facets.ts';
import { countClaims, queryClaims } from './claim-query.ts';
import { mergeClaims, splitClaim } from './claim-split-merge.ts';
import { keepingOrders } from './orders-across-edits.ts';

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

const db = (ctx: HandlerContext) => ctx.session.requireCase().db;

/** Runs a write and tells the client which tables changed. */
function writing<T>(ctx: HandlerContext, tables: string[], work: (db: ReturnType<HandlerContext['session']['requireWritable']>, actor: string) => T): T {
  const result = work(ctx.session.requireWritable(), ctx.actor());
  ctx.emit('case:changed', { tables });
  return result;
}

const CLAIM_TABLES = ['claims', 'claim_places', 'claim_tags'];

export const claimHandlers: {
  [M in
    | 'claims:query'
    | 'claims:count'
    | 'claims:get'
    | 'claims:update'
    | 'claims:grade'
    | 'claims:create'
    | 'claims:delete'
    | 'claims:restore'
    | 'claims:split'
    | 'claims:merge'
    | 'claims:export'
    | 'claims:facets'
    | 'sources:list'
    | 'sources:update'
    | 'views:list'
    | 'views:save'
    | 'views:delete']: Handler<M>;
} = {
  'claims:query': (input, ctx) => queryClaims(db(ctx), input),
  'claims:count': (input, ctx) => countClaims(db(ctx), input),
  'claims:get': (input, ctx) => claimDetail(db(ctx), input.id),
  'claims:update': (input, ctx) =>
    keepingOrders(db(ctx), Object.keys(input.patch), () => writing(ctx, [...CLAIM_TABLES, 'sources', 'places'], (w, actor) => updateClaim(w, input, actor))),
  'claims:grade': (input, ctx) =>
    keepingOrders(db(ctx), [...(input.reliability !== undefined ? ['reliability'] : []), ...(input.credibility !== undefined ? ['credibility'] : [])], () =>
      writing(ctx, ['claims', 'sources'], (w, actor) => gradeClaim(w, input, actor)),
    ),
  'claims:create': (input, ctx) => writing(ctx, [...CLAIM_TABLES, 'sources', 'places'], (w, actor) => createClaim(w, input, actor)),
  'claims:delete': (input, ctx) => writing(ctx, ['claims'], (w, actor) => ({ deleted: deleteClaims(w, input.ids, actor) })),
  'claims:restore': (input, ctx) => writing(ctx, ['claims'], (w, actor) => ({ restored: restoreClaims(w, input.ids, actor) })),
  'claims:split': (input, ctx) => writing(ctx, CLAIM_TABLES, (w, actor) => ({ claims: splitClaim(w, input.id, input.at, actor) })),
  'claims:merge': (input, ctx) => writing(ctx, CLAIM_TABLES, (w, actor) => mergeClaims(w, input.ids, actor)),
  'claims:export': (input, ctx) => exportClaimsCsv(db(ctx), input, input.columns, input.limit),
  'claims:facets': (_input, ctx) => claimFacets(db(ctx)),
  'sources:list': (_input, ctx) => ({ sources: listSources(db(ctx)) }),
  'sources:update': (input, ctx) => writing(ctx, ['sources'], (w, actor) => updateSource(w, input, actor)),
  'views:list': (input, ctx) => ({ views: listViews(db(ctx), input.grid) }),
  'views:save': (input, ctx) => {
    const open = ctx.session.requireWritable();
    return saveView(open, input.grid, input.name, input.state, ctx.actor());
  },
  'views:delete': (input, ctx) => ({ deleted: deleteView(ctx.session.requireWritable(), input.grid, input.name) }),
};
