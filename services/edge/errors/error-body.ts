import { ERROR_CODES, type ErrorCode } from '../../shared';

export interface ErrorBody {
  errors: Array<{ message: string; extensions: { code: ErrorCode } }>;
}

/**
 * The body of a request the edge rejects before GraphQL runs: the same `{ errors: [...] }`
 * shape GraphQL-over-HTTP uses, with the catalogue's message, so clients parse one format.
 */
export function errorBody(code: ErrorCode): ErrorBody {
  return { errors: [{ message: ERROR_CODES[code].message, extensions: { code } }] };
}
