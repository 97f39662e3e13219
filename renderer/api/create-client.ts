/** Picks the transport: Electron's preload bridge when present, else the HTTP bridge. */
import type { PreloadApi } from '../../shared/contract/ipc.ts';
import type { SightlineClient } from './client.ts';
import { createHttpClient, takeToken } from './http-client.ts';
import { createIpcClient } from './ipc-client.ts';

declare global {
  interface Window {
    sightline?: PreloadApi;
  }
}

export function createClient(): SightlineClient | { error: string } {
  if (window.sightline) return createIpcClient(window.sightline);
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) {
    return {
      error: 'This page needs the access link that `sightline serve` printed (it ends in #token=…). Open that link again.',
    };
  }
  return createHttpClient(token);
}
