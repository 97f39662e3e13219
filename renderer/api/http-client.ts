/**
 * The client in a browser, talking to `sightline serve`. The access token arrives in the
 * URL fragment (#token=…), which browsers never send to a server; it is kept in
 * sessionStorage so a reload keeps working, and removed from the address bar.
 */
import { ApiError, isApiErrorShape } from '../../shared/contract/errors.ts';
import type { SightlineClient } from './client.ts';
import { Listeners } from './listeners.ts';

const TOKEN_KEY = 'sightline.token';

export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    storage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

/** Parses a server-sent-events stream read with fetch (EventSource cannot send headers). */
export async function readEvents(body: ReadableStream<Uint8Array>, onEvent: (name: string, data: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) name = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      if (data.length > 0) onEvent(name, data.join('\n'));
    }
  }
}

export function createHttpClient(token: string, baseUrl = ''): SightlineClient {
  const listeners = new Listeners();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };

  const connect = async (): Promise<void> => {
    for (let delay = 500; ; delay = Math.min(delay * 2, 10_000)) {
      try {
        const response = await fetch(`${baseUrl}/api/events`, { headers });
        if (response.ok && response.body) {
          delay = 500;
          await readEvents(response.body, (name, data) => listeners.emit(name, JSON.parse(data)));
        }
      } catch {
        // the server went away (or is restarting): try again below
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  };
  void connect();

  return {
    transport: 'http',
    nativeDialogs: false,
    async invoke(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      } catch {
        throw new ApiError('io', 'Sightline is not reachable: is `sightline serve` still running?');
      }
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) return body as never;
      const error = (body as { error?: unknown } | null)?.error;
      if (isApiErrorShape(error)) throw ApiError.from(error);
      throw new ApiError('internal', `The server answered ${response.status}.`);
    },
    on: (event, listener) => listeners.add(event, listener as (payload: unknown) => void),
    pickPath: () => Promise.reject(new ApiError('unsupported', 'Native dialogs exist only in the desktop app.')),
    onCommand: () => () => {},
    pathForFile: () => null,
    resourceUrl: (path) => `${baseUrl}/resources/${path.replace(/^\/+/, '')}`,
  };
}
