/** The compare:* handlers: thin calls into the comparison services. */
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { HandlerContext } from '../handler-context.ts';
import { compareTwoDocuments } from './compare-documents.ts';

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;

export const compareHandlers: { [M in 'compare:documents']: Handler<M> } = {
  'compare:documents': (input, ctx) => compareTwoDocuments(ctx.session.requireCase().db, input.a, input.b),
};
