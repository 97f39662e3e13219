/**
 * A SightlineClient over an in-process engine: component tests render the real UI
 * against the real services and a real case file, with no transport in between.
 */
import type { SightlineClient } from '../../renderer/api/client.ts';
import { Listeners } from '../../renderer/api/listeners.ts';
import { ApiError } from '../../shared/contract/errors.ts';
import { createEngine, type Engine } from '../../electron/services/engine.ts';
import type { Environment } from '../../electron/services/environment.ts';

export function engineClient(env: Environment): SightlineClient & { engine: Engine } {
  const listeners = new Listeners();
  const engine = createEngine(env, (_session, name, payload) => listeners.emit(name, payload));
  return {
    engine,
    transport: 'http',
    nativeDialogs: false,
    invoke: (method, input) => engine.invoke('test', method, input) as never,
    on: (event, listener) => listeners.add(event, listener as (payload: unknown) => void),
    pickPath: () => Promise.reject(new ApiError('unsupported', 'no native dialogs in tests')),
    onCommand: () => () => {},
    pathForFile: () => null,
    resourceUrl: (path) => `/resources/${path}`,
  };
}
