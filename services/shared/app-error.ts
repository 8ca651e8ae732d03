import { ERROR_CODES, type ErrorCode } from './error-codes';

export interface AppErrorOptions {
  /** Client-safe message; defaults to the catalogue's message for the code. */
  message?: string;
  /** Name of the backend involved (never its address). */
  upstream?: string;
  /** Extra client-safe fields for `extensions`. */
  details?: Readonly<Record<string, unknown>>;
  /** Internal cause, logged but never sent to clients. */
  cause?: unknown;
}

/**
 * An error whose code is in the catalogue. Anything thrown that is not an AppError is
 * treated as a bug and masked as INTERNAL_SERVER_ERROR at the edge.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly upstream: string | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? ERROR_CODES[code].message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.upstream = options.upstream;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }

  get retryable(): boolean {
    return ERROR_CODES[this.code].retryable;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
