import { Pool } from 'undici';
import { AppError } from '../../shared';
import { callBudgetMs } from '../call-budget';
import { type CallContext } from '../call-context';
import { cancellationError } from '../cancellation';
import { propagatedHeaders } from '../propagated-headers';
import { type UpstreamMetrics } from '../upstream-metrics';
import { readResponse, toRestError } from './rest-response';

export interface RestTransportOptions {
  /** Backend name for metrics and error `extensions.upstream` (never its address). */
  upstream: string;
  /** e.g. `http://users:8080` or `http://10.0.0.4/api`; a path prefix is kept. */
  baseUrl: string;
  /** Budget per call, cut to the request's deadline. Default 2000. */
  timeoutMs?: number;
  /** Largest response body accepted. Default 5 MiB (reference.md: backend response cap). */
  maxResponseBytes?: number;
  /** Keep-alive connections in the pool. Default 64. */
  connections?: number;
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
}

export interface RestTransport {
  readonly upstream: string;
  /** Sends one call; resolves with the parsed JSON of a 2xx, rejects with an AppError. */
  request(ctx: CallContext, req: RestRequest): Promise<unknown>;
  /** GET /healthz with a short timeout; never rejects. */
  checkHealth(): Promise<boolean>;
  /** Closes the pool once in-flight calls finish. */
  close(): Promise<void>;
}

const HEALTH_TIMEOUT_MS = 1000;

/** A REST client over one pooled keep-alive undici Pool per backend. */
export function createRestTransport(options: RestTransportOptions): RestTransport {
  const { upstream, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  const pool = new Pool(base.origin, { connections: options.connections ?? 64 });

  async function send(ctx: CallContext, req: RestRequest, budgetLimitMs: number): Promise<unknown> {
    // 1. Refuse to send what could only fail: no time left, or the client is gone.
    const budget = callBudgetMs(ctx, budgetLimitMs);
    if (budget <= 0) throw new AppError('UPSTREAM_TIMEOUT', { upstream, cause: 'deadline passed' });
    if (ctx.signal?.aborted) throw cancellationError(upstream, ctx.signal.reason);
    // 2. One signal covers the queue, connect, headers and the whole body (a slow drip too);
    //    undici's headersTimeout/bodyTimeout alone measure idle gaps, not the total.
    const timer = AbortSignal.timeout(budget);
    const signal = ctx.signal ? AbortSignal.any([timer, ctx.signal]) : timer;
    const finish = metrics.startCall(upstream, req.operation);
    if (req.batchSize !== undefined) {
      metrics.observeBatchSize(upstream, req.operation, req.batchSize);
    }
    try {
      // 3. Redirects are never followed: undici's request does not without an interceptor.
      const response = await pool.request({
        path: prefix + req.path + queryString(req.query),
        method: req.method,
        headers: requestHeaders(ctx, req),
        body: req.body === undefined ? null : JSON.stringify(req.body),
        signal,
        headersTimeout: budget,
        bodyTimeout: budget,
      });
      // 4. Status first, then a capped, parsed body.
      const payload = await readResponse(upstream, response, maxBytes);
      finish('ok');
      return payload;
    } catch (error) {
      const appError = toRestError(upstream, error, timer, ctx.signal);
      finish(appError.code);
      throw appError;
    }
  }

  return {
    upstream,
    request: (ctx, req) => send(ctx, req, timeoutMs),
    async checkHealth() {
      const req = { operation: 'healthz', method: 'GET', path: '/healthz' } as const;
      const ctx = { requestId: 'health-check' };
      return send(ctx, req, Math.min(timeoutMs, HEALTH_TIMEOUT_MS)).then(
        () => true,
        () => false,
      );
    },
    close: () => pool.close(),
  };
}

/** Only headers the BFF sets itself travel: a caller's copy of the propagated ones is dropped. */
const RESERVED_HEADER = /^(x-request-id|x-principal-.*|accept|content-type)$/i;

function requestHeaders(ctx: CallContext, req: RestRequest): Record<string, string> {
  const own = Object.entries(req.headers ?? {}).filter(([name]) => !RESERVED_HEADER.test(name));
  return {
    ...Object.fromEntries(own),
    ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
    accept: 'application/json',
    ...propagatedHeaders(ctx),
  };
}

function queryString(query: Record<string, string> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams(query).toString();
  return search ? `?${search}` : '';
}
