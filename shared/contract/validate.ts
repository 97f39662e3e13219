/**
 * Validation at the boundary, shared by every transport (they call it on the main side,
 * before any service runs) and by the engine (which checks again, and checks outputs).
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { events, type EventName } from './events.ts';
import { isMethodName, methods, type MethodName, type ParsedInput } from './methods.ts';

export function requireMethod(name: string): MethodName {
  if (!isMethodName(name)) throw new ApiError('not_found', `There is no API method "${name}".`);
  return name;
}

export function parseInput<M extends MethodName>(method: M, input: unknown): ParsedInput<M> {
  const result = methods[method].input.safeParse(input ?? {});
  if (!result.success) {
    throw new ApiError('invalid_input', `Invalid input for ${method}: ${z.prettifyError(result.error)}`, {
      issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  return result.data as ParsedInput<M>;
}

export function parseOutput(method: MethodName, output: unknown): unknown {
  const result = methods[method].output.safeParse(output);
  if (!result.success) {
    throw new ApiError('internal', `The result of ${method} does not match its contract: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function parseEvent(name: string, payload: unknown): { name: EventName; payload: unknown } | null {
  if (!Object.prototype.hasOwnProperty.call(events, name)) return null;
  const result = events[name as EventName].payload.safeParse(payload);
  return result.success ? { name: name as EventName, payload: result.data } : null;
}
