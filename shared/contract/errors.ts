/**
 * Errors that cross the API boundary. Services throw `ApiError` with a stable code so
 * every transport can map it (HTTP status, CLI exit code, a message in the UI) without
 * parsing messages.
 */
export const ERROR_CODES = [
  'invalid_input', // the input failed its schema
  'not_found', // a record, file or method that does not exist
  'no_case', // a method needs an open case and none is open
  'not_a_case', // the file is not a Sightline case (or not SQLite at all)
  'case_too_new', // the case was written by a newer Sightline
  'case_corrupt', // SQLite reports corruption
  'conflict', // the record changed since the caller read it
  'cancelled', // the caller cancelled a job
  'unsupported', // a format or operation this build cannot handle
  'io', // the file system refused
  'internal', // a bug: the message is for a developer
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details);
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code) &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
