/**
 * Fixtures for end-to-end tests: `served` starts `sightline serve` in a fresh home folder
 * and gives its URL; every test also checks that no request left 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface Served {
  url: string;
  home: string;
  /** Folder for case files of this test. */
  dir: string;
  stop(): Promise<void>;
}

export async function serve(args: string[] = [], home = mkdtempSync(join(tmpdir(), 'sightline-e2e-'))): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin/sightline.js'), 'serve', ...args, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, SIGHTLINE_HOME: home, SIGHTLINE_USER: 'e2e-analyst' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /^Serving .+ at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)$/m.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`sightline serve exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`sightline serve printed no URL: ${out} ${stderr}`)), 30_000);
  });
  return {
    url,
    home,
    dir: home,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Requests the page made to anything but the local server. */
export function watchRequests(page: Page): string[] {
  const external: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(http:\/\/(127\.0\.0\.1|localhost):\d+\/|data:|blob:)/.test(url)) external.push(url);
  });
  return external;
}

export const test = base.extend<{ served: Served; external: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
  served: async ({}, use) => {
    const served = await serve();
    await use(served);
    await served.stop();
    rmSync(served.home, { recursive: true, force: true });
  },
  external: [
    async ({ page }, use) => {
      const external = watchRequests(page);
      await use(external);
      expect(external, 'requests that left 127.0.0.1').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
