import { status } from '@grpc/grpc-js';

/**
 * Transport-neutral failures of a sample backend. Handlers throw these; the REST layer maps
 * them to an HTTP status and the gRPC layer to a status code, so one rule ("an unknown id
 * is NOT_FOUND") reads the same in both. The kind is also the REST error body's `code`.
 */
export const BACKEND_ERROR_KINDS = {
  INVALID_ARGUMENT: { http: 400, grpc: status.INVALID_ARGUMENT },
  UNAUTHENTICATED: { http: 401, grpc: status.UNAUTHENTICATED },
  FORBIDDEN: { http: 403, grpc: status.PERMISSION_DENIED },
  NOT_FOUND: { http: 404, grpc: status.NOT_FOUND },
  /** Well-formed but semantically invalid (RFC 9110 §15.5.21). */
  VALIDATION_FAILED: { http: 422, grpc: status.FAILED_PRECONDITION },
  /** Same idempotency key, different payload (draft-ietf-httpapi-idempotency-key-header §2.7). */
  IDEMPOTENCY_KEY_REUSED: { http: 422, grpc: status.FAILED_PRECONDITION },
  /** An in-memory store reached its bound; retrying later is pointless but harmless. */
  RESOURCE_EXHAUSTED: { http: 503, grpc: status.RESOURCE_EXHAUSTED },
  UNAVAILABLE: { http: 503, grpc: status.UNAVAILABLE },
  INTERNAL: { http: 500, grpc: status.INTERNAL },
} as const satisfies Record<string, { http: number; grpc: status }>;

export type BackendErrorKind = keyof typeof BACKEND_ERROR_KINDS;

export class BackendError extends Error {
  readonly kind: BackendErrorKind;

  constructor(kind: BackendErrorKind, message: string) {
    super(message);
    this.name = 'BackendError';
    this.kind = kind;
  }

  get httpStatus(): number {
    return BACKEND_ERROR_KINDS[this.kind].http;
  }

  get grpcCode(): status {
    return BACKEND_ERROR_KINDS[this.kind].grpc;
  }
}

/** The failure `errorRate` injects: 503 / UNAVAILABLE, as an overloaded service answers. */
export function injectedFailure(): BackendError {
  return new BackendError('UNAVAILABLE', 'The service is temporarily unavailable.');
}
