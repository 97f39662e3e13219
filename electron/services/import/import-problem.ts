/**
 * Why a file was not imported, in one line an analyst understands ("the PDF needs a
 * password"). Importers throw it; the batch reports it next to the file and goes on.
 */
export class ImportProblem extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ImportProblem';
  }
}

export function refuse(reason: string): never {
  throw new ImportProblem(reason);
}

/** The one-line reason for any failure while importing a file. */
export function reasonOf(error: unknown): string {
  if (error instanceof ImportProblem) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'the file no longer exists';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: Sightline may not read this file';
  if (code === 'EISDIR') return 'it is a folder';
  const firstLine = message.split('\n')[0]!.trim();
  return `it could not be read (${firstLine.length > 200 ? firstLine.slice(0, 200) + '…' : firstLine})`;
}
