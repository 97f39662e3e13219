/** Messages between a transport's thread and the engine worker. */
import type { ApiErrorShape } from '../../../shared/contract/errors.ts';

export type ToEngine =
  | { type: 'invoke'; id: number; sessionId: string; method: string; input: unknown }
  | { type: 'closeSession'; sessionId: string }
  | { type: 'close' };

export type FromEngine =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; output: unknown }
  | { type: 'result'; id: number; ok: false; error: ApiErrorShape }
  | { type: 'event'; sessionId: string; name: string; payload: unknown };
