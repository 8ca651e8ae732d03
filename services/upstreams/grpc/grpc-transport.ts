import * as grpc from '@grpc/grpc-js';
import { loadGrpcService, type GrpcServiceName } from '../../contracts';
import { AppError } from '../../shared';
import { type CallContext } from '../call-context';
import { cancellationError } from '../cancellation';
import { propagatedHeaders } from '../propagated-headers';
import { type CircuitStateName } from '../resilience/circuit-state';
import { createResilience } from '../resilience/resilience';
import { resolveResilience, type ResilienceOptions } from '../resilience/resilience-options';
import { type UpstreamMetrics } from '../upstream-metrics';
import { codeForGrpcStatus } from './grpc-status-map';
import { grpcTarget } from './grpc-target';
import { healthCheckMethod, isServing } from './health-check-method';

export interface GrpcTransportOptions {
  /** Backend name for metrics and error `extensions.upstream` (never its address). */
  upstream: string;
  service: GrpcServiceName;
  /**
   * host:port, plaintext (the backends sit on the private network), or a comma-separated
   * list of IP:port instances, balanced round robin on one channel.
   */
  address: string;
  /** Budget per call (retries included), cut to the request's deadline. Default 2000. */
  timeoutMs?: number;
  /** Retry, breaker and bulkhead; defaults in ResilienceOptions (bulkhead 128). */
  resilience?: ResilienceOptions;
  metrics: UpstreamMetrics;
}

export interface UnaryOptions {
  /** Keys carried by a batch call, for frontdoor_upstream_batch_size. */
  batchSize?: number;
  /** A read with no side effects: may be retried on UNAVAILABLE. Default false. */
  idempotent?: boolean;
}

/** Every method the clients call today is a read (protos: Get/BatchGet/List/Search). */
export const READ: Readonly<UnaryOptions> = Object.freeze({ idempotent: true });

export interface GrpcTransport {
  readonly upstream: string;
  /**
   * Calls `method` (as named in the proto, e.g. `BatchGetProducts`); rejects with an
   * AppError. `operation` is the metric label, default the method name.
   */
  unary<Req, Res>(
    ctx: CallContext,
    method: string,
    request: Req,
    operation?: string,
    options?: UnaryOptions,
  ): Promise<Res>;
  /** grpc.health.v1 Check of the whole server (service ''); never rejects. */
  checkHealth(): Promise<boolean>;
  /** This backend's breaker, for /readyz ('closed' when the breaker is turned off). */
  circuitState(): CircuitStateName;
  close(): void;
}

type Method = grpc.MethodDefinition<unknown, unknown>;

const HEALTH_TIMEOUT_MS = 1000;
const BULKHEAD_DEFAULT = 128;

/**
 * A gRPC client over ONE long-lived channel per backend, built at construction and reused by
 * every call (grpc-node's guidance: channels are expensive, calls are cheap), behind the
 * backend's retry policy, circuit breaker and bulkhead. The health check rides the same
 * channel but none of those.
 */
export function createGrpcTransport(options: GrpcTransportOptions): GrpcTransport {
  const { upstream, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  const ctor = loadGrpcService(options.service);
  const { target, channelOptions } = grpcTarget(options.address);
  const client = new ctor(target, grpc.credentials.createInsecure(), channelOptions);
  const resilience = createResilience({
    upstream,
    timeoutMs,
    options: resolveResilience(options.resilience, BULKHEAD_DEFAULT),
    metrics,
  });

  /** One attempt, sent now; `deadline` is in the future (resilience checked it). */
  function send(ctx: CallContext, method: Method, request: unknown, deadline: number, op: string) {
    const finish = metrics.startCall(upstream, op);
    return new Promise<unknown>((resolve, reject) => {
      // Settling removes the abort listener below (addEventListener's `signal` option).
      const settled = new AbortController();
      const done = (error: grpc.ServiceError | null, response?: unknown) => {
        settled.abort();
        const appError = error ? toGrpcError(error, ctx.signal) : undefined;
        finish(appError?.code ?? 'ok');
        if (appError) reject(appError);
        else resolve(response);
      };
      // 1. The deadline travels with the call, so the backend can stop early too.
      const unaryCall = client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        request,
        grpc.Metadata.fromHttp2Headers(propagatedHeaders(ctx)),
        { deadline },
        done,
      );
      // 2. An abandoned client request cancels the call instead of waiting it out.
      ctx.signal?.addEventListener('abort', () => unaryCall.cancel(), {
        once: true,
        signal: settled.signal,
      });
    });
  }

  /** Our own cancel (ctx.signal) surfaces as CANCELLED; it is the client's abort, not a fault. */
  function toGrpcError(error: grpc.ServiceError, clientSignal?: AbortSignal): AppError {
    if (clientSignal?.aborted) return cancellationError(upstream, clientSignal.reason);
    return new AppError(codeForGrpcStatus(error.code), { upstream, cause: error });
  }

  function methodNamed(name: string): Method {
    const method: Method | undefined = ctor.service[name];
    // A programming error, not a backend failure: it surfaces as INTERNAL_SERVER_ERROR.
    if (!method) throw new Error(`${ctor.serviceName} has no method ${name}`);
    return method;
  }

  return {
    upstream,
    async unary<Req, Res>(
      ctx: CallContext,
      method: string,
      request: Req,
      operation = method,
      unaryOptions: UnaryOptions = {},
    ): Promise<Res> {
      const definition = methodNamed(method);
      const { batchSize, idempotent = false } = unaryOptions;
      const response = await resilience.call(ctx, idempotent, (deadline) => {
        if (batchSize !== undefined) metrics.observeBatchSize(upstream, operation, batchSize);
        return send(ctx, definition, request, deadline, operation);
      });
      // Res is the caller's claim; clients validate the shape before trusting it.
      return response as Res;
    },
    async checkHealth() {
      const deadline = Date.now() + Math.min(timeoutMs, HEALTH_TIMEOUT_MS);
      const ctx = { requestId: 'health-check' };
      return send(ctx, healthCheckMethod, { service: '' }, deadline, 'health.Check').then(
        isServing,
        () => false,
      );
    },
    circuitState: () => resilience.circuitState(),
    close: () => client.close(),
  };
}
