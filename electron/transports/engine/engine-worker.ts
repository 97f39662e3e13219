/**
 * The engine's worker thread: owns the SQLite connections and runs every service call,
 * so the thread that talks to clients (Electron main, the HTTP bridge) never blocks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, errorShape } from '../../services/engine.ts';
import type { Environment } from '../../services/environment.ts';
import type { FromEngine, ToEngine } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('engine-worker must run in a worker thread');

const send = (message: FromEngine): void => port.postMessage(message);
const engine = createEngine(workerData as Environment, (sessionId, name, payload) => send({ type: 'event', sessionId, name, payload }));

port.on('message', (message: ToEngine) => {
  switch (message.type) {
    case 'invoke':
      engine.invoke(message.sessionId, message.method, message.input).then(
        (output) => send({ type: 'result', id: message.id, ok: true, output }),
        (error: unknown) => send({ type: 'result', id: message.id, ok: false, error: errorShape(error) }),
      );
      break;
    case 'closeSession':
      engine.closeSession(message.sessionId);
      break;
    case 'close':
      engine.close();
      port.close();
      break;
  }
});

send({ type: 'ready' });
