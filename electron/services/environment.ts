/**
 * Where the services find and keep things. Each transport builds one: the Electron shell
 * from app.getPath(), the CLI and the bridge from the user's home (or SIGHTLINE_HOME).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Environment {
  readonly appVersion: string;
  /** settings.json (analyst name, recent cases). */
  readonly configDir: string;
  /** Default folder for new cases and the sample case. */
  readonly dataDir: string;
  /** The app's shipped resources/ (sample documents, basemap, gazetteer). */
  readonly resourcesDir: string;
  /** Who the analyst is until they set a name: the OS account name. */
  readonly defaultActor: string;
}

/** The repository root when running from source (this file is electron/services/environment.ts). */
export function repositoryRoot(): string {
  const url = new URL('../../', import.meta.url);
  // Vitest's DOM environments serve modules over http:; tests run from the repository root.
  return url.protocol === 'file:' ? fileURLToPath(url) : process.cwd();
}

function packageVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

function osUser(): string {
  try {
    return userInfo().username || 'analyst';
  } catch {
    return 'analyst';
  }
}

/** The environment of the CLI and the bridge: ~/.sightline unless SIGHTLINE_HOME says otherwise. */
export function nodeEnvironment(overrides: Partial<Environment> = {}): Environment {
  const root = repositoryRoot();
  const home = process.env['SIGHTLINE_HOME'] ?? join(homedir(), '.sightline');
  const env: Environment = {
    appVersion: packageVersion(root),
    configDir: home,
    dataDir: join(home, 'cases'),
    resourcesDir: join(root, 'resources'),
    defaultActor: process.env['SIGHTLINE_USER'] ?? osUser(),
    ...overrides,
  };
  return env;
}

export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
