import * as grpc from '@grpc/grpc-js';
import { loadGrpcService, type GrpcServiceName } from '../../contracts';
import { AppError } from '../../shared';
import { type CallContext } from '../call-context';
import { type CircuitStateName } from '../resilience/circuit-state';
import { createResilience } from '../resilience/resilience';
import { resolveResilience, type ResilienceOptions } from '../resilience/resilience-options';
import { type UpstreamMetrics } from '../upstream-metrics';
import { grpcTarget } from './grpc-target';
import { healthCheckMethod, isServing } from './health-check-method';
import { sendUnary, type Method } from './unary-call';

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

  /** One attempt, sent now and counted; `deadline` is in the future (resilience checked it). */
  async function send(
    ctx: CallContext,
    method: Method,
    request: unknown,
    deadline: number,
    op: string,
  ) {
    const finish = metrics.startCall(upstream, op);
    try {
      const response = await sendUnary(client, upstream, ctx, { method, request, deadline });
      finish('ok');
      return response;
    } catch (error) {
      finish(error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR');
      throw error;
    }
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
