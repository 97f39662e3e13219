/** Shared helpers for benchmarks: timing, percentiles, memory, tables. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../electron/services/engine.ts';
import { nodeEnvironment } from '../../electron/services/environment.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
export const BENCH_DIR = join(ROOT, '.bench');

/** The newest modification time of the files under `dir`. */
function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
}

/**
 * Builds the app (out/) when it is missing or older than the renderer's sources, so that a
 * benchmark in Chromium measures the code in the working tree.
 */
export function ensureBuilt(): void {
  const built = join(ROOT, 'out/renderer/index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(newest(join(ROOT, 'renderer')), newest(join(ROOT, 'shared')))) return;
  console.log('Building the app (out/ is older than the sources) …');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
}

/** The case at `path`, built by `build` the first time only (bench data is reused across runs). */
export function caseBuiltOnce(path: string, what: string, build: (path: string) => void): string {
  if (!existsSync(path)) {
    console.log(`Building a case with ${what} …`);
    const [, ms] = timeMs(() => build(path));
    console.log(`  built in ${fmt(ms / 1000)} s`);
  }
  return path;
}

/** An engine with a fresh home in `dir`, the case at `casePath` open. */
export async function benchEngine(dir: string, casePath: string): Promise<{ engine: Engine; home: string }> {
  const home = join(dir, 'home');
  rmSync(home, { recursive: true, force: true });
  const engine = createEngine(nodeEnvironment({ configDir: home, dataDir: join(home, 'cases'), defaultActor: 'bench' }));
  await engine.invoke('bench', 'case:open', { path: casePath });
  return { engine, home };
}

export function benchDir(name: string): string {
  const dir = join(BENCH_DIR, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function timeMs<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

export async function timeMsAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** Samples RSS while work runs; returns the peak in MB. */
export async function peakRssMb<T>(work: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return [result, peak / 1024 / 1024];
  } finally {
    clearInterval(timer);
  }
}

export function printTable(title: string, rows: (string | number)[][]): void {
  console.log(`\n${title}`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [index, row] of rows.entries()) {
    console.log('  ' + row.map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i]!) : String(cell).padEnd(widths[i]!))).join('  '));
    if (index === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

export function fmt(value: number, digits = 1): string {
  return value.toFixed(digits);
}

/** `sightline serve CASE` on a free port, as a user starts it; resolves with the URL it prints. */
export async function serveCase(casePath: string, home: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/sightline.js'), 'serve', casePath, '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, SIGHTLINE_HOME: home, SIGHTLINE_USER: 'bench' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`sightline serve exited (${code})`)));
  });
  return { url, stop: () => child.kill() };
}
