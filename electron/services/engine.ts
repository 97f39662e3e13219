/**
 * The engine: sessions, jobs and the handler table behind one `invoke`. The CLI runs it
 * in-process; the Electron shell and the HTTP bridge run it in a worker thread
 * (transports/engine) so SQLite work never blocks their event loop.
 */
import { ApiError, type ApiErrorShape } from '../../shared/contract/errors.ts';
import type { EventName, EventPayload } from '../../shared/contract/events.ts';
import { parseInput, parseOutput, requireMethod } from '../../shared/contract/validate.ts';
import type { MethodName, MethodOutput } from '../../shared/contract/methods.ts';
import { handlers } from './api.ts';
import { describeOpenError } from './casefile/case-errors.ts';
import type { Environment } from './environment.ts';
import type { HandlerContext } from './handler-context.ts';
import { JobRegistry } from './jobs.ts';
import { Session } from './session.ts';
import { Settings } from './settings.ts';
import { shutdownOcrPool } from './ocr/ocr-pool.ts';

export type EngineEventListener = (sessionId: string, name: EventName, payload: unknown) => void;

export interface Engine {
  invoke(sessionId: string, method: string, input: unknown): Promise<unknown>;
  closeSession(sessionId: string): void;
  close(): void;
}

/** Turns anything thrown by a service into the error shape that crosses the boundary. */
export function toApiError(error: unknown, casePath?: string): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    if (code === 'SQLITE_BUSY') return new ApiError('io', 'The case is busy with another write; try again in a moment.');
    if (code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('invalid_input', (error as Error).message);
    return describeOpenError(casePath ?? 'the case', error);
  }
  return new ApiError('internal', error instanceof Error ? error.message : String(error));
}

export function errorShape(error: unknown): ApiErrorShape {
  return toApiError(error).toJSON();
}

export function createEngine(env: Environment, onEvent: EngineEventListener = () => {}): Engine {
  const settings = new Settings(env);
  const sessions = new Map<string, { session: Session; jobs: JobRegistry }>();

  function contextFor(sessionId: string): HandlerContext {
    let entry = sessions.get(sessionId);
    if (!entry) {
      entry = { session: new Session(sessionId), jobs: new JobRegistry() };
      sessions.set(sessionId, entry);
    }
    const { session, jobs } = entry;
    return {
      env,
      session,
      settings,
      jobs,
      emit: <E extends EventName>(name: E, payload: EventPayload<E>) => onEvent(sessionId, name, payload),
      actor: () => settings.userName(),
    };
  }

  return {
    async invoke(sessionId, method, input) {
      const name = requireMethod(method);
      const parsed = parseInput(name, input);
      const ctx = contextFor(sessionId);
      try {
        const handler = handlers[name] as (input: unknown, ctx: HandlerContext) => Promise<MethodOutput<MethodName>> | MethodOutput<MethodName>;
        return parseOutput(name, await handler(parsed, ctx));
      } catch (error) {
        throw toApiError(error, ctx.session.current?.path);
      }
    },
    closeSession(sessionId) {
      sessions.get(sessionId)?.session.close();
      sessions.delete(sessionId);
    },
    close() {
      for (const { session } of sessions.values()) session.close();
      sessions.clear();
      // The OCR workers are threads: end them so a CLI run (or a test) can exit.
      void shutdownOcrPool();
    },
  };
}
