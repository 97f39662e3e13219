/** The clear messages a user sees when a file cannot be opened as a case. */
import { ApiError } from '../../../shared/contract/errors.ts';

export function notACase(path: string, why: string): ApiError {
  return new ApiError('not_a_case', `${path} is not a Sightline case file: ${why}`);
}

export function caseTooNew(path: string, fileVersion: number, supported: number): ApiError {
  return new ApiError(
    'case_too_new',
    `${path} was saved by a newer version of Sightline (case format ${fileVersion}; this version reads up to ${supported}). ` +
      'Update Sightline to open it. The file was not changed.',
    { fileVersion, supported },
  );
}

export function caseCorrupt(path: string, detail: string): ApiError {
  return new ApiError(
    'case_corrupt',
    `${path} is damaged and cannot be opened (${detail}). The file was not changed; restore it from a copy or ask the sender for it again.`,
  );
}

/** Maps SQLite's error codes raised while reading a file to a user-facing ApiError. */
export function describeOpenError(path: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB') return notACase(path, 'it is not an SQLite database');
  if (code.startsWith('SQLITE_CORRUPT')) return caseCorrupt(path, message);
  if (code === 'SQLITE_CANTOPEN' || code === 'ENOENT') return new ApiError('not_found', `Cannot open ${path}: ${message}`);
  if (code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM') {
    return new ApiError('io', `Cannot write to ${path}: ${message}`);
  }
  return caseCorrupt(path, message);
}
