import * as grpc from '@grpc/grpc-js';
import { loadGrpcService, type GrpcServiceName } from '../../contracts';
import { AppError } from '../../shared';
import { callBudgetMs } from '../call-budget';
import { type CallContext } from '../call-context';
import { cancellationError } from '../cancellation';
import { propagatedHeaders } from '../propagated-headers';
import { type UpstreamMetrics } from '../upstream-metrics';
import { codeForGrpcStatus } from './grpc-status-map';
import { healthCheckMethod, isServing } from './health-check-method';

export interface GrpcTransportOptions {
  /** Backend name for metrics and error `extensions.upstream` (never its address). */
  upstream: string;
  service: GrpcServiceName;
  /** host:port, plaintext (the backends sit on the private network). */
  address: string;
  /** Budget per call, cut to the request's deadline. Default 2000. */
  timeoutMs?: number;
  metrics: UpstreamMetrics;
}

export interface UnaryOptions {
  /** Keys carried by a batch call, for frontdoor_upstream_batch_size. */
  batchSize?: number;
}

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
  close(): void;
}

type Method = grpc.MethodDefinition<unknown, unknown>;

const HEALTH_TIMEOUT_MS = 1000;

/**
 * A gRPC client over ONE long-lived channel per backend, built at construction and reused by
 * every call (grpc-node's guidance: channels are expensive, calls are cheap). The health
 * check rides the same channel.
 */
export function createGrpcTransport(options: GrpcTransportOptions): GrpcTransport {
  const { upstream, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  const ctor = loadGrpcService(options.service);
  const client = new ctor(options.address, grpc.credentials.createInsecure());

  function call(
    ctx: CallContext,
    method: Method,
    request: unknown,
    budgetLimitMs: number,
    operation: string,
  ) {
    // 1. Refuse to send what could only fail: no time left, or the client is gone.
    const budget = callBudgetMs(ctx, budgetLimitMs);
    if (budget <= 0) throw new AppError('UPSTREAM_TIMEOUT', { upstream, cause: 'deadline passed' });
    if (ctx.signal?.aborted) throw cancellationError(upstream, ctx.signal.reason);
    const finish = metrics.startCall(upstream, operation);
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
      // 2. The budget travels as the gRPC deadline, so the backend can stop early too.
      const unaryCall = client.makeUnaryRequest(
        method.path,
        method.requestSerialize,
        method.responseDeserialize,
        request,
        grpc.Metadata.fromHttp2Headers(propagatedHeaders(ctx)),
        { deadline: Date.now() + budget },
        done,
      );
      // 3. An abandoned client request cancels the call instead of waiting it out.
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
      const pending = call(ctx, definition, request, timeoutMs, operation);
      if (unaryOptions.batchSize !== undefined) {
        metrics.observeBatchSize(upstream, operation, unaryOptions.batchSize);
      }
      // Res is the caller's claim; clients validate the shape before trusting it.
      return (await pending) as Res;
    },
    async checkHealth() {
      const budget = Math.min(timeoutMs, HEALTH_TIMEOUT_MS);
      const ctx = { requestId: 'health-check' };
      return Promise.resolve()
        .then(() => call(ctx, healthCheckMethod, { service: '' }, budget, 'health.Check'))
        .then(isServing, () => false);
    },
    close: () => client.close(),
  };
}
