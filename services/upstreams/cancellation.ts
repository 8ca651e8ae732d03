import { AppError } from '../shared';

/**
 * The error for a call cut short by the client's own signal (ctx.signal). The backend did
 * nothing wrong, but the field still needs a code: a signal aborted by a timer (the edge
 * enforcing the request deadline, reason `TimeoutError`) reads as UPSTREAM_TIMEOUT, any
 * other abort (client gone) as UPSTREAM_UNAVAILABLE. Nobody is left to read either.
 */
export function cancellationError(upstream: string, reason: unknown): AppError {
  // Checked by name, not instanceof: DOMException is not an Error subclass in every realm.
  const timedOut =
    typeof reason === 'object' &&
    reason !== null &&
    (reason as { name?: unknown }).name === 'TimeoutError';
  return new AppError(timedOut ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_UNAVAILABLE', {
    upstream,
    cause: reason,
  });
}
