/**
 * Turns the paths an analyst chose into the files to import: folders are walked
 * recursively (hidden files and folders skipped, each folder visited once even through
 * links), and a path that does not exist becomes a reported failure, not an exception.
 * File-system calls are synchronous on purpose: this runs in the engine's thread, and
 * thousands of stat calls through libuv's thread pool cost far more than the calls.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportFailure } from '../../../shared/contract/documents.ts';
import { reasonOf } from './import-problem.ts';

export interface FileToImport {
  path: string;
  size: number;
}

export interface CollectedFiles {
  files: FileToImport[];
  failed: ImportFailure[];
}

const SKIPPED_NAMES = new Set(['Thumbs.db', 'desktop.ini', '__MACOSX']);

export async function collectFiles(paths: string[], signal: AbortSignal): Promise<CollectedFiles> {
  const files: FileToImport[] = [];
  const failed: ImportFailure[] = [];
  const visited = new Set<string>();

  const visit = async (path: string, explicit: boolean): Promise<void> => {
    if (signal.aborted) return;
    let info;
    try {
      info = statSync(path);
    } catch (error) {
      if (explicit) failed.push({ file: path, error: (error as { code?: string }).code === 'ENOENT' ? 'no such file or folder (it was moved or deleted)' : reasonOf(error) });
      return;
    }
    if (info.isDirectory()) {
      let real = path;
      try {
        real = realpathSync(path);
      } catch {
        // keep the path as given
      }
      if (visited.has(real)) return;
      visited.add(real);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        failed.push({ file: path, error: `the folder cannot be read (${reasonOf(error)})` });
        return;
      }
      names.sort((a, b) => a.localeCompare(b));
      for (const name of names) {
        if (name.startsWith('.') || SKIPPED_NAMES.has(name)) continue;
        await visit(join(path, name), false);
      }
    } else if (info.isFile()) {
      files.push({ path, size: info.size });
    } else if (explicit) {
      failed.push({ file: path, error: 'it is not a regular file' });
    }
  };

  for (const path of paths) await visit(path, true);
  return { files, failed };
}
