/** The compare:* handlers: thin calls into the comparison services. */
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { HandlerContext } from '../handler-context.ts';
import { caseEventGroups, caseSourceSummary } from './case-comparison.ts';
import { compareTwoDocuments } from './compare-documents.ts';

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

export const compareHandlers: { [M in 'compare:documents' | 'compare:groups' | 'compare:sources']: Handler<M> } = {
  'compare:documents': (input, ctx) => compareTwoDocuments(ctx.session.requireCase().db, input.a, input.b),
  'compare:groups': (input, ctx) => caseEventGroups(ctx.session.requireCase().db, input.limit),
  'compare:sources': (_input, ctx) => caseSourceSummary(ctx.session.requireCase().db),
};
