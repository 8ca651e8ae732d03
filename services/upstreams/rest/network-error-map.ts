import { type ErrorCode } from '../../shared';

const TIMEOUT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'ETIMEDOUT',
]);

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

/**
 * The error code for a failure below HTTP (no status to map): undici's own timeouts are
 * timeouts, anything that says the connection could not be made or was lost means the
 * backend is unavailable. Anything else is an unexpected failure of the call.
 */
export function codeForNetworkError(error: unknown): ErrorCode {
  const code = errorCode(error);
  if (code !== undefined && TIMEOUT_CODES.has(code)) return 'UPSTREAM_TIMEOUT';
  if (code !== undefined && UNAVAILABLE_CODES.has(code)) return 'UPSTREAM_UNAVAILABLE';
  return 'UPSTREAM_ERROR';
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // undici wraps socket errors (e.g. ECONNREFUSED inside an AggregateError) as `cause`.
  return errorCode((error as { cause?: unknown }).cause);
}
