/**
 * Building blocks of the API contract. Every method is named `domain:verb`, has a zod
 * schema for its input and its output, and a one-line summary used by `--help` texts
 * and the docs. The same definitions are used by every transport (IPC, HTTP bridge,
 * CLI) to validate what crosses the boundary.
 */
import type { z } from 'zod';

export type MethodName = `${string}:${string}`;

export interface MethodDefinition<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly name: MethodName;
  readonly summary: string;
  readonly input: I;
  readonly output: O;
}

export interface EventDefinition<P extends z.ZodType = z.ZodType> {
  readonly name: MethodName;
  readonly summary: string;
  readonly payload: P;
}

export function defineMethod<const N extends MethodName, I extends z.ZodType, O extends z.ZodType>(
  name: N,
  summary: string,
  input: I,
  output: O,
): MethodDefinition<I, O> & { readonly name: N } {
  return { name, summary, input, output };
}

export function defineEvent<const N extends MethodName, P extends z.ZodType>(
  name: N,
  summary: string,
  payload: P,
): EventDefinition<P> & { readonly name: N } {
  return { name, summary, payload };
}
