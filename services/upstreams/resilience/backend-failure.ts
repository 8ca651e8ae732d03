import { AppError, type ErrorCode } from '../../shared';

/**
 * Codes that say something about the backend's health. NOT_FOUND, BAD_USER_INPUT and
 * FORBIDDEN are answers from a healthy backend to a bad question: they never open a
 * breaker (Envoy outlier detection counts 5xx and connection failures, not 4xx).
 */
const BACKEND_FAILURES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UPSTREAM_OVERLOADED',
  'UPSTREAM_BAD_RESPONSE',
]);

/**
 * True when `error` counts against the backend. A call cut short by the client's own
 * signal (client gone, request deadline) is not the backend's verdict, whatever its code.
 */
export function isBackendFailure(error: unknown, clientSignal?: AbortSignal): boolean {
  if (clientSignal?.aborted) return false;
  return error instanceof AppError && BACKEND_FAILURES.has(error.code);
}

/** Only a backend that could not be reached (nothing was processed) is worth a retry. */
export function isRetryableFailure(error: unknown, clientSignal?: AbortSignal): boolean {
  if (clientSignal?.aborted) return false;
  return error instanceof AppError && error.code === 'UPSTREAM_UNAVAILABLE';
}
