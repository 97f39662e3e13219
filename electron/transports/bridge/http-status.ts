/** HTTP status of each API error code, so scripts calling the bridge can branch on it. */
import type { ErrorCode } from '../../../shared/contract/errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  no_case: 409,
  not_a_case: 422,
  case_too_new: 422,
  case_corrupt: 422,
  conflict: 409,
  cancelled: 409,
  unsupported: 422,
  io: 500,
  internal: 500,
};
