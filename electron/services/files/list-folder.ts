/** Folder listing for the browser mode's in-app file picker (Electron uses native dialogs). */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FileEntry } from '../../../shared/contract/app.ts';
import { ApiError } from '../../../shared/contract/errors.ts';

export function listFolder(dir: string | undefined, extensions: string[] | undefined): { dir: string; parent: string | null; entries: FileEntry[] } {
  const folder = resolve(dir ?? homedir());
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    throw new ApiError('not_found', `Cannot list ${folder}: ${(error as Error).message}`);
  }
  const wanted = extensions?.map((e) => e.toLowerCase().replace(/^\.?/, '.'));
  const entries: FileEntry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(folder, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // a dangling link or a file removed meanwhile
    }
    const kind = stat.isDirectory() ? 'directory' : 'file';
    if (kind === 'file' && wanted && !wanted.some((ext) => name.toLowerCase().endsWith(ext))) continue;
    entries.push({ name, path, kind, sizeBytes: kind === 'file' ? stat.size : 0, modifiedAt: stat.mtime.toISOString() });
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1));
  const parent = dirname(folder);
  return { dir: folder, parent: parent === folder ? null : parent, entries };
}
