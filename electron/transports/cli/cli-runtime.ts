/**
 * What every CLI command shares: an in-process engine (no worker: a command has no UI
 * to keep responsive), one session, paths resolved from the caller's folder, and errors
 * printed as one clear line with a meaningful exit code.
 */
import { resolve } from 'node:path';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods.ts';
import { createEngine, toApiError, type Engine } from '../../services/engine.ts';
import { nodeEnvironment, type Environment } from '../../services/environment.ts';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : text + '\n'),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : text + '\n'),
};

export class CliSession {
  readonly engine: Engine;
  readonly env: Environment;
  private readonly sessionId = 'cli';
  /** Listeners for events the engine emits while a command runs (progress). */
  private readonly listeners = new Set<(name: string, payload: unknown) => void>();

  constructor(env: Environment = nodeEnvironment()) {
    this.env = env;
    this.engine = createEngine(env, (_session, name, payload) => {
      for (const listener of this.listeners) listener(name, payload);
    });
  }

  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    return this.engine.invoke(this.sessionId, method, input) as Promise<MethodOutput<M>>;
  }

  onEvent(listener: (name: string, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.engine.close();
  }
}

/** Command-line paths are relative to where the user runs the command. */
export function cliPath(path: string): string {
  return resolve(process.cwd(), path);
}

/** Runs a command body with a fresh session and turns failures into an exit code. */
export async function runCommand(io: CliIo, body: (session: CliSession) => Promise<number | void>): Promise<number> {
  const session = new CliSession();
  try {
    return (await body(session)) ?? EXIT_OK;
  } catch (error) {
    const apiError = toApiError(error);
    io.err(`sightline: ${apiError.message}`);
    return apiError.code === 'invalid_input' ? EXIT_USAGE : EXIT_FAILURE;
  } finally {
    session.close();
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export function usageError(message: string): ApiError {
  return new ApiError('invalid_input', message);
}
