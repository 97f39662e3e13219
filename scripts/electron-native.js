#!/usr/bin/env node
// postinstall: build better-sqlite3 for Electron's ABI into node_modules/.sightline-electron/,
// beside (not instead of) the Node build that tests and the CLI use. The Electron app loads
// it through better-sqlite3's `nativeBinding` option, so nobody rebuilds back and forth.
// Needs the network (Electron headers or a prebuilt binary); it never fails the install.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const target = join(root, 'node_modules', '.sightline-electron');
const say = (message) => console.log(`[sightline] ${message}`);

function electronVersion() {
  try {
    const electronDir = dirname(require.resolve('electron/package.json'));
    const binary = join(electronDir, 'path.txt');
    if (!existsSync(binary)) return null; // the binary was not downloaded
    return JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  } catch {
    return null;
  }
}

function main() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
    say('Electron binary skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1): not building better-sqlite3 for Electron.');
    return;
  }
  const version = electronVersion();
  if (!version) {
    say('No Electron binary installed: skipping the Electron build of better-sqlite3.');
    return;
  }
  const stamp = join(target, 'electron-version.txt');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version && existsSync(join(target, 'better_sqlite3.node'))) {
    return;
  }
  const packageDir = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'sightline-electron-sqlite-'));
  try {
    cpSync(packageDir, work, { recursive: true, filter: (src) => !src.includes(`${packageDir}/build`) });
    const env = { ...process.env, npm_config_runtime: 'electron', npm_config_target: version, npm_config_disturl: 'https://electronjs.org/headers' };
    try {
      const prebuild = require.resolve('prebuild-install/bin.js');
      execFileSync(process.execPath, [prebuild, '--runtime', 'electron', '--target', version, '--arch', process.arch, '--platform', process.platform], { cwd: work, env, stdio: 'inherit' });
    } catch {
      say('No prebuilt binary: compiling better-sqlite3 against the Electron headers.');
      const gyp = join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
      execFileSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${version}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, env, stdio: 'inherit' });
    }
    mkdirSync(target, { recursive: true });
    cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), join(target, 'better_sqlite3.node'));
    writeFileSync(stamp, version);
    say(`better-sqlite3 built for Electron ${version}.`);
  } catch (error) {
    say(`Could not build better-sqlite3 for Electron (${error.message}). The CLI, tests and browser mode work; run \`node scripts/electron-native.js\` again with a network to use the desktop app.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
