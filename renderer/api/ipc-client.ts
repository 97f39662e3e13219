/** The client inside Electron: calls go through the preload's `window.sightline`. */
import { ApiError, isApiErrorShape } from '../../shared/contract/errors.ts';
import type { IpcEnvelope, PreloadApi } from '../../shared/contract/ipc.ts';
import type { SightlineClient } from './client.ts';
import { Listeners } from './listeners.ts';

function unwrap(envelope: IpcEnvelope): unknown {
  if (envelope.ok) return envelope.output;
  throw isApiErrorShape(envelope.error) ? ApiError.from(envelope.error) : new ApiError('internal', envelope.error.message);
}

export function createIpcClient(api: PreloadApi): SightlineClient {
  const listeners = new Listeners();
  api.on((name, payload) => listeners.emit(name, payload));
  return {
    transport: 'ipc',
    nativeDialogs: true,
    invoke: async (method, input) => unwrap(await api.invoke(method, input)) as never,
    on: (event, listener) => listeners.add(event, listener as (payload: unknown) => void),
    pickPath: async (purpose, options = {}) => (unwrap(await api.shell('shell:pickPath', { purpose, ...options })) as { paths: string[] }).paths,
    pathForFile: (file) => api.pathForFile(file) || null,
    onCommand: (listener) => listeners.add('shell:command', (payload) => listener((payload as { command: string }).command)),
    resourceUrl: (path) => new URL(`/resources/${path.replace(/^\/+/, '')}`, window.location.href).href,
  };
}
