/**
 * Runs the engine in a worker thread and gives the transport thread a promise-based
 * `invoke`. Input is validated here, on the transport's side, before it is sent on; a
 * crashed worker fails the calls in flight and is started again on the next call.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/contract/errors.ts';
import { parseInput, requireMethod } from '../../../shared/contract/validate.ts';
import type { Environment } from '../../services/environment.ts';
import type { FromEngine, ToEngine } from './protocol.ts';

export interface EngineWorkerSpec {
  /** The worker's entry: a built file, or JavaScript source when `eval` is set. */
  readonly entry: URL | string;
  readonly eval?: boolean;
}

/**
 * The worker straight from the TypeScript sources (CLI, bridge, tests): a one-line
 * bootstrap registers tsx in the worker, then imports the entry. (Node 20 does not pass
 * loader hooks on to workers, and ignores --import in a worker's execArgv.)
 */
export function sourceWorkerSpec(): EngineWorkerSpec {
  // tsx/esm/api as ES module (require.resolve would give its CommonJS twin, which cannot register ESM hooks here).
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./engine-worker.ts', import.meta.url).href;
  return {
    eval: true,
    entry: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`,
  };
}

export type EngineEvent = { sessionId: string; name: string; payload: unknown };

export class EngineHost {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<(event: EngineEvent) => void>();
  private closed = false;

  constructor(
    private readonly env: Environment,
    private readonly spec: EngineWorkerSpec = sourceWorkerSpec(),
  ) {}

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const worker = new Worker(this.spec.entry, { workerData: this.env, eval: this.spec.eval ?? false });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', (message: FromEngine) => {
        if (message.type === 'ready') {
          worker.off('error', reject);
          resolve();
        } else this.receive(message);
      });
    });
    worker.on('error', (error) => this.fail(new ApiError('internal', `The engine stopped: ${error.message}`)));
    worker.on('exit', (code) => this.fail(new ApiError('internal', `The engine stopped (exit code ${code}).`)));
    return this.ready;
  }

  private fail(error: ApiError): void {
    this.worker = null;
    this.ready = null;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  private receive(message: FromEngine): void {
    if (message.type === 'event') {
      for (const listener of this.listeners) listener({ sessionId: message.sessionId, name: message.name, payload: message.payload });
      return;
    }
    if (message.type !== 'result') return;
    const call = this.pending.get(message.id);
    if (!call) return;
    this.pending.delete(message.id);
    if (message.ok) call.resolve(message.output);
    else call.reject(ApiError.from(message.error));
  }

  private post(message: ToEngine): void {
    this.worker?.postMessage(message);
  }

  /** Validates the input against the contract, then runs the method in the worker. */
  async invoke(sessionId: string, method: string, input: unknown): Promise<unknown> {
    if (this.closed) throw new ApiError('internal', 'The engine has been closed.');
    const name = requireMethod(method);
    parseInput(name, input); // throws invalid_input before the worker sees anything
    await this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post({ type: 'invoke', id, sessionId, method: name, input });
    });
  }

  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  closeSession(sessionId: string): void {
    this.post({ type: 'closeSession', sessionId });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    if (!worker) return;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      this.post({ type: 'close' });
      setTimeout(() => void worker.terminate(), 2000).unref();
    });
  }
}
