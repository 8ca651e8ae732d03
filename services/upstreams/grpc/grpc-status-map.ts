import { status } from '@grpc/grpc-js';
import { type ErrorCode } from '../../shared';

/**
 * gRPC status to the error catalogue (reference.md, "gRPC status -> error code").
 * INVALID_ARGUMENT is BAD_USER_INPUT because our own arguments are validated before the
 * call, so what the backend refuses came from the client. CANCELLED caused by our own
 * ctx.signal is handled before this map (see cancellation.ts).
 */
export function codeForGrpcStatus(code: status): ErrorCode {
  switch (code) {
    case status.DEADLINE_EXCEEDED:
      return 'UPSTREAM_TIMEOUT';
    case status.UNAVAILABLE:
      return 'UPSTREAM_UNAVAILABLE';
    case status.RESOURCE_EXHAUSTED:
      return 'UPSTREAM_OVERLOADED';
    case status.NOT_FOUND:
      return 'NOT_FOUND';
    case status.INVALID_ARGUMENT:
      return 'BAD_USER_INPUT';
    case status.UNAUTHENTICATED:
    case status.PERMISSION_DENIED:
      return 'FORBIDDEN';
    default:
      return 'UPSTREAM_ERROR';
  }
}
