import { type CallContext } from '../call-context';
import { createCallSignal } from '../call-signal';
import { type CircuitStateName } from '../resilience/circuit-state';
import { createResilience } from '../resilience/resilience';
import { resolveResilience, type ResilienceOptions } from '../resilience/resilience-options';
import { type UpstreamMetrics } from '../upstream-metrics';
import { queryString, requestHeaders } from './request-headers';
import { readResponse, toRestError } from './rest-response';
import { createRestPool } from './rest-pool';

export interface RestTransportOptions {
  /** Backend name for metrics and error `extensions.upstream` (never its address). */
  upstream: string;
  /**
   * e.g. `http://users:8080` or `http://10.0.0.4/api`; a path prefix is kept. A
   * comma-separated list of instances (same path) is balanced by an undici BalancedPool.
   */
  baseUrl: string;
  /** Budget per call (retries included), cut to the request's deadline. Default 2000. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 5 MiB (reference.md: backend response cap). */
  maxResponseBytes?: number;
  /** Keep-alive connections per instance. Default 64. */
  connections?: number;
  /** Retry, breaker and bulkhead; defaults in ResilienceOptions (bulkhead = connections). */
  resilience?: ResilienceOptions;
  metrics: UpstreamMetrics;
}

export interface RestRequest {
  /** Metric label, e.g. `batchGetUsers`. */
  operation: string;
  method: 'GET' | 'POST';
  /** Starts with `/`; ids in it must already be validated (input-guards). */
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
  /** Call-specific headers (e.g. idempotency-key); request id and identity cannot be set here. */
  headers?: Record<string, string>;
  /** Keys carried by a batch call, for frontdoor_upstream_batch_size. */
  batchSize?: number;
  /** May be retried on UPSTREAM_UNAVAILABLE. Default: true for GET, false for POST. */
  idempotent?: boolean;
}

export interface RestTransport {
  readonly upstream: string;
  /** Sends one call; resolves with the parsed JSON of a 2xx, rejects with an AppError. */
  request(ctx: CallContext, req: RestRequest): Promise<unknown>;
  /** GET /healthz with a short timeout; never rejects. */
  checkHealth(): Promise<boolean>;
  /** This backend's breaker, for /readyz ('closed' when the breaker is turned off). */
  circuitState(): CircuitStateName;
  /** Closes the pool once in-flight calls finish. */
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 1000;

/**
 * A REST client over pooled keep-alive undici connections per backend, behind the
 * backend's retry policy, circuit breaker and bulkhead (resilience/).
 */
export function createRestTransport(options: RestTransportOptions): RestTransport {
  const { upstream, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
  const connections = options.connections ?? 64;
  const { dispatcher, prefix } = createRestPool(options.baseUrl, connections);
  const resilience = createResilience({
    upstream,
    timeoutMs,
    options: resolveResilience(options.resilience, connections),
    metrics,
  });

  /** One attempt, sent now; `deadline` is in the future (resilience checked it). */
  async function send(ctx: CallContext, req: RestRequest, deadline: number): Promise<unknown> {
    // 1. One signal covers the queue, connect, headers and the whole body (a slow drip too);
    //    undici's headersTimeout/bodyTimeout alone measure idle gaps, not the total.
    const budget = Math.max(1, deadline - Date.now());
    const call = createCallSignal(budget, ctx.signal);
    const finish = metrics.startCall(upstream, req.operation);
    if (req.batchSize !== undefined) {
      metrics.observeBatchSize(upstream, req.operation, req.batchSize);
    }
    try {
      // 2. Redirects are never followed: undici's request does not without an interceptor.
      const response = await dispatcher.request({
        path: prefix + req.path + queryString(req.query),
        method: req.method,
        headers: requestHeaders(ctx, req.headers, req.body !== undefined),
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal: call.signal,
        headersTimeout: budget,
        bodyTimeout: budget,
      });
      // 3. Status first, then a capped, parsed body.
      const payload = await readResponse(upstream, response, maxBytes);
      finish('ok');
      return payload;
    } catch (error) {
      const appError = toRestError(upstream, error, call.timedOut, ctx.signal);
      finish(appError.code);
      throw appError;
    } finally {
      call.dispose();
    }
  }

  return {
    upstream,
    request: (ctx, req) =>
      resilience.call(ctx, req.idempotent ?? req.method === 'GET', (deadline) =>
        send(ctx, req, deadline),
      ),
    // Health checks bypass retry, breaker and bulkhead: /readyz must see the backend itself.
    async checkHealth() {
      const req = { operation: 'healthz', method: 'GET', path: '/healthz' } as const;
      const deadline = Date.now() + Math.min(timeoutMs, HEALTH_TIMEOUT_MS);
      return send({ requestId: 'health-check' }, req, deadline).then(
        () => true,
        () => false,
      );
    },
    circuitState: () => resilience.circuitState(),
    close: () => dispatcher.close(),
  };
}
