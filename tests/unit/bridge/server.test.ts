import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/services/engine.ts';
import { startBridge, type Bridge } from '../../../electron/transports/bridge/server.ts';
import type { EngineEvent } from '../../../electron/transports/engine/engine-host.ts';
import { testEnvironment } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests control the Host header (fetch does not allow it). */
function send(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('HTTP bridge', () => {
  let bridge: Bridge;
  const listeners = new Set<(e: EngineEvent) => void>();
  const staticDir = tempDir();
  const resourcesDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Sightline</title>');
  mkdirSync(join(resourcesDir, 'basemap'));
  writeFileSync(join(resourcesDir, 'basemap', 'style.json'), '{}');
  writeFileSync(join(tempDir(), 'secret.txt'), 'secret');

  beforeAll(async () => {
    const engine = createEngine(testEnvironment(), (sessionId, name, payload) => {
      for (const l of listeners) l({ sessionId, name, payload });
    });
    bridge = await startBridge({
      engine: { invoke: engine.invoke, onEvent: (l) => (listeners.add(l), () => listeners.delete(l)) },
      staticDir,
      resourcesDir,
    });
  });
  afterAll(() => bridge.close());

  const auth = (): Record<string, string> => ({ Host: `127.0.0.1:${bridge.port}`, Authorization: `Bearer ${bridge.token}` });

  it('prints a loopback URL with the token in the fragment', () => {
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('answers API calls that carry the token', async () => {
    const reply = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: auth(), body: '{}' });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ caseOpen: false });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses API calls without the token, or with a wrong one (401)', async () => {
    const none = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: { Host: `127.0.0.1:${bridge.port}` }, body: '{}' });
    expect(none.status).toBe(401);
    const wrong = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: { ...auth(), Authorization: 'Bearer guess' }, body: '{}' });
    expect(wrong.status).toBe(401);
    const events = await send(bridge.port, { path: '/api/events', headers: { Host: `127.0.0.1:${bridge.port}` } });
    expect(events.status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (403, DNS rebinding)', async () => {
    for (const host of ['evil.example:80', `evil.example:${bridge.port}`, `127.0.0.1.evil.example:${bridge.port}`]) {
      const reply = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: { ...auth(), Host: host }, body: '{}' });
      expect(reply.status, host).toBe(403);
    }
    const page = await send(bridge.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const local = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: { ...auth(), Host: `localhost:${bridge.port}` }, body: '{}' });
    expect(local.status).toBe(200);
  });

  it('refuses cross-origin calls even with the token', async () => {
    const reply = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: { ...auth(), Origin: 'http://evil.example' }, body: '{}' });
    expect(reply.status).toBe(403);
  });

  it('maps errors to statuses with a code and a message', async () => {
    const invalid = await send(bridge.port, { method: 'POST', path: '/api/case:create', headers: auth(), body: '{"title": 3}' });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('case:create') });
    const badJson = await send(bridge.port, { method: 'POST', path: '/api/app:info', headers: auth(), body: '{oops' });
    expect(badJson.status).toBe(400);
    const noCase = await send(bridge.port, { method: 'POST', path: '/api/case:info', headers: auth(), body: '{}' });
    expect(noCase.status).toBe(409);
    const unknown = await send(bridge.port, { method: 'POST', path: '/api/case:nothing', headers: auth(), body: '{}' });
    expect(unknown.status).toBe(404);
    const get = await send(bridge.port, { path: '/api/app:info', headers: auth() });
    expect(get.status).toBe(405);
  });

  it('serves the app and resources with a strict CSP, and nothing outside their folders', async () => {
    const page = await send(bridge.port, { path: '/', headers: { Host: `127.0.0.1:${bridge.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("connect-src 'self'");
    const resource = await send(bridge.port, { path: '/resources/basemap/style.json', headers: { Host: `localhost:${bridge.port}` } });
    expect(resource.status).toBe(200);
    for (const path of ['/../secret.txt', '/resources/../../secret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/resources/%2e%2e%2fsecret.txt']) {
      const reply = await send(bridge.port, { path, headers: { Host: `127.0.0.1:${bridge.port}` } });
      expect(reply.status, path).toBe(404);
    }
  });

  it('streams events to a client with the token', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: bridge.port, path: '/api/events', headers: auth() }, (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('event: case:changed')) {
            req.destroy();
            resolve(text);
          }
        });
        void (async () => {
          await send(bridge.port, { method: 'POST', path: '/api/case:create', headers: auth(), body: JSON.stringify({ path: join(tempDir(), 'e.sightline'), title: 'Events' }) });
          await send(bridge.port, { method: 'POST', path: '/api/case:update', headers: auth(), body: '{"title":"Renamed"}' });
        })();
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"tables":["case_meta"]}');
  });
});
