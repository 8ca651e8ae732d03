import type * as grpc from '@grpc/grpc-js';
import { status } from '@grpc/grpc-js';
import { BackendError } from './backend-error';
import type { ResolvedBackendOptions } from './backend-options';
import { readPrincipal, type ValueReader } from './principal';
import { endGrpcServerSpan, startGrpcServerSpan } from './server-spans';

/** One unary RPC, written as a plain function of its request. */
export interface UnaryMethod<Req, Res> {
  /** Stable name recorded for every call, e.g. 'BatchGetProducts'. */
  readonly operation: string;
  /** Ids the call asks for, recorded as its keys. */
  keys(request: Req): readonly string[];
  /** Returns the response or throws a BackendError. */
  handle(request: Req): Res;
}

export function metadataReader(metadata: grpc.Metadata): ValueReader {
  return (name) => {
    const first = metadata.get(name)[0];
    return typeof first === 'string' && first !== '' ? first : undefined;
  };
}

function toServiceError(
  error: unknown,
  options: ResolvedBackendOptions,
): Partial<grpc.StatusObject> {
  if (error instanceof BackendError) return { code: error.grpcCode, details: error.message };
  options.logger.error({ err: error }, 'unhandled error');
  return { code: status.INTERNAL, details: 'Internal error.' };
}

/**
 * Adapts a method to grpc-js: records the call, applies the latency and error knobs, then
 * answers with the result or the error's status code. Unexpected errors become INTERNAL
 * with a generic message; their details go to the log only.
 */
export function unary<Req, Res>(
  options: ResolvedBackendOptions,
  method: UnaryMethod<Req, Res>,
): grpc.handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const span = startGrpcServerSpan(call);
    const read = metadataReader(call.metadata);
    const admitted = options.gate.admit({
      operation: method.operation,
      keys: method.keys(call.request),
      requestId: read('x-request-id'),
      traceparent: read('traceparent'),
      principal: readPrincipal(read),
    });
    admitted
      .then(() => {
        const response = method.handle(call.request);
        endGrpcServerSpan(span, status.OK);
        callback(null, response);
      })
      .catch((error: unknown) => {
        const serviceError = toServiceError(error, options);
        endGrpcServerSpan(span, serviceError.code ?? status.UNKNOWN);
        callback(serviceError);
      });
  };
}
