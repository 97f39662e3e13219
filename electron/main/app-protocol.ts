/**
 * The app:// scheme: the renderer and the shipped resources are served from disk under
 * app://sightline/, a standard, secure origin (so fetch, workers and the CSP behave as on
 * the web) that never touches the network.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Protocol } from 'electron';
import { resolveInside } from '../transports/bridge/static-files.ts';
import { CONTENT_SECURITY_POLICY } from '../transports/bridge/security.ts';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://sightline';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pbf': 'application/x-protobuf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

export function registerAppProtocol(protocol: Protocol, rendererDir: string, resourcesDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'sightline') return new Response('Not found', { status: 404 });
    const path = url.pathname;
    const file = path.startsWith('/resources/')
      ? resolveInside(resourcesDir, path.slice('/resources/'.length))
      : resolveInside(rendererDir, path === '/' ? 'index.html' : path.slice(1));
    if (!file) return new Response('Not found', { status: 404 });
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
