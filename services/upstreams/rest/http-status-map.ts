import { type ErrorCode } from '../../shared';

/**
 * The error code for a non-2xx status from a REST backend. 3xx is never followed (a
 * redirect from an internal backend is a misconfiguration, and following it could leave
 * the trusted network), so it is a bad response like any status not listed here.
 */
export function codeForHttpStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'BAD_USER_INPUT';
    case 401:
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 408:
    case 504:
      return 'UPSTREAM_TIMEOUT';
    case 429:
      return 'UPSTREAM_OVERLOADED';
    case 503:
      return 'UPSTREAM_UNAVAILABLE';
    default:
      return status >= 500 && status <= 599 ? 'UPSTREAM_ERROR' : 'UPSTREAM_BAD_RESPONSE';
  }
}

const BACKEND_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * Client-safe details from a 400/422 error body (`{ error: { code } }`, the contracts'
 * ErrorBody): only a plain UPPER_SNAKE code survives, so a client can tell OUT_OF_STOCK
 * from INVALID_QUANTITY. The backend's message never does: it may name internals.
 */
export function backendErrorDetails(body: unknown): Record<string, string> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && BACKEND_CODE.test(code) ? { upstreamCode: code } : undefined;
}
