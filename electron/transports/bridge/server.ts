/**
 * `sightline serve`: the renderer and the API over HTTP on 127.0.0.1, for browsers and
 * machines without Electron. Every API call is `POST /api/<method>` with
 * `Authorization: Bearer TOKEN`; events stream from `GET /api/events` (SSE, same checks).
 * No CORS headers are ever sent, so other origins cannot read responses.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ApiError, type ApiErrorShape } from '../../../shared/contract/errors.ts';
import { errorShape } from '../../services/engine.ts';
import type { EngineEvent } from '../engine/engine-host.ts';
import { HTTP_STATUS } from './http-status.ts';
import { hostAllowed, originAllowed, tokenValid } from './security.ts';
import { rendererIndex, resolveInside, sendFile } from './static-files.ts';

export interface EngineLike {
  invoke(sessionId: string, method: string, input: unknown): Promise<unknown>;
  onEvent(listener: (event: EngineEvent) => void): () => void;
}

export interface BridgeOptions {
  engine: EngineLike;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** The shipped resources (basemap, glyphs …), served under /resources/. */
  resourcesDir: string;
  port?: number;
  token?: string;
  sessionId?: string;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
}

export interface Bridge {
  readonly port: number;
  readonly token: string;
  /** http://127.0.0.1:PORT/#token=TOKEN */
  readonly url: string;
  readonly sessionId: string;
  close(): Promise<void>;
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function sendError(response: ServerResponse, status: number, error: ApiErrorShape): void {
  sendJson(response, status, { error });
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new ApiError('invalid_input', `The request is larger than ${limit} bytes.`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function handleApiCall(options: Required<BridgeOptions>, method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  let input: unknown = {};
  try {
    const body = await readBody(request, options.maxBodyBytes);
    if (body.trim() !== '') input = JSON.parse(body);
  } catch (error) {
    const shape = error instanceof ApiError ? error.toJSON() : { code: 'invalid_input' as const, message: 'The request body is not valid JSON.' };
    sendError(response, 400, shape);
    return;
  }
  try {
    const output = await options.engine.invoke(options.sessionId, method, input);
    sendJson(response, 200, output ?? null);
  } catch (error) {
    const shape = errorShape(error);
    sendError(response, HTTP_STATUS[shape.code], shape);
  }
}

function streamEvents(options: Required<BridgeOptions>, request: IncomingMessage, response: ServerResponse): void {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Content-Type-Options': 'nosniff',
  });
  response.write(': connected\n\n');
  const unsubscribe = options.engine.onEvent((event) => {
    if (event.sessionId !== options.sessionId) return;
    response.write(`event: ${event.name}\ndata: ${JSON.stringify(event.payload)}\n\n`);
  });
  // A comment every 15 s keeps idle connections (and the client's reader) alive.
  const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  request.on('close', () => {
    clearInterval(keepAlive);
    unsubscribe();
  });
}

function route(options: Required<BridgeOptions>, port: number, request: IncomingMessage, response: ServerResponse): void {
  if (!hostAllowed(request, port)) {
    sendError(response, 403, { code: 'invalid_input', message: 'Forbidden: this server only answers to 127.0.0.1 or localhost.' });
    return;
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const path = url.pathname;

  if (path === '/api' || path.startsWith('/api/')) {
    if (!originAllowed(request, port)) {
      sendError(response, 403, { code: 'invalid_input', message: 'Forbidden: cross-origin requests are not accepted.' });
      return;
    }
    if (!tokenValid(request, options.token)) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      sendError(response, 401, { code: 'invalid_input', message: 'Unauthorized: a valid bearer token is required.' });
      return;
    }
    if (path === '/api/events') {
      if (request.method !== 'GET') {
        sendError(response, 405, { code: 'invalid_input', message: 'Use GET for /api/events.' });
        return;
      }
      streamEvents(options, request, response);
      return;
    }
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      sendError(response, 405, { code: 'invalid_input', message: 'API methods are called with POST.' });
      return;
    }
    void handleApiCall(options, decodeURIComponent(path.slice('/api/'.length)), request, response);
    return;
  }

  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendError(response, 405, { code: 'invalid_input', message: 'Only GET is served here.' });
    return;
  }
  if (path.startsWith('/resources/')) {
    const file = resolveInside(options.resourcesDir, path.slice('/resources/'.length));
    if (file) sendFile(response, file, { immutable: false });
    else sendError(response, 404, { code: 'not_found', message: `No resource ${path}.` });
    return;
  }
  const file = path === '/' ? rendererIndex(options.staticDir) : resolveInside(options.staticDir, path.slice(1));
  if (file) sendFile(response, file, { immutable: path.startsWith('/assets/') });
  else sendError(response, 404, { code: 'not_found', message: `No file ${path}.` });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startBridge(input: BridgeOptions): Promise<Bridge> {
  const options: Required<BridgeOptions> = {
    port: 0,
    token: randomBytes(24).toString('base64url'),
    sessionId: 'web',
    maxBodyBytes: 64 * 1024 * 1024,
    ...input,
  };
  let port = 0;
  const server = createServer((request, response) => route(options, port, request, response));
  port = await listen(server, options.port);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    port,
    token: options.token,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    sessionId: options.sessionId,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
