import type { GraphQLSchema } from 'graphql';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import type { AuthFailureLimitOptions } from '../client-address/auth-failure-throttle';
import type { CompiledExecutorOptions } from '../execution/compiled-executor';
import type { ExplorerOptions } from '../explorer/explorer-options';
import type { Lifecycle } from '../lifecycle/lifecycle';
import type { QueryLimits } from '../limits/query-limits';
import type { PersistedOperationsOptions } from '../persisted/persisted-request';
import type { Authenticator } from '../principal';
import type { LoadSheddingOptions } from '../shedding/load-shedding';
import type { RateLimiter } from '../throttle/rate-limiter';
import type { CorsOptions } from './cors';
import type { ContextInput } from './graphql-handler';
import type { ListenOptions, ListeningAddress } from './listen';
import type { StaticRoute } from './static-routes';

/**
 * The perimeter's protections: 'on' in every deployment. 'off' exists for one purpose, the
 * protections benchmark (`npm run bench:protections`), which measures what they cost; see
 * `http/protections.ts` for exactly what it removes. No environment variable or config file
 * reaches it: only code that passes it explicitly, and only a benchmark entry point does.
 */
export type Protections = 'on' | 'off';

export interface GraphQLServerOptions<TContext extends object> {
  schema: GraphQLSchema;
  /** Path of the GraphQL endpoint, e.g. '/graphql'. */
  path: string;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  /**
   * Builds the BFF's per-request context (loaders etc.) once the caller is identified. It
   * must return an extensible object: the edge tags it with the principal (a symbol key).
   */
  createContext(input: ContextInput): TContext | Promise<TContext>;
  /** 'web' | 'mobile' | 'partner': a label in logs and metrics. */
  client: string;
  /** Whole-request budget. Default: 10000 ms. */
  requestDeadlineMs?: number;
  /** Largest accepted body. Default: 1 MiB. */
  bodyLimitBytes?: number;
  /** graphql-js parser token limit. Default: 2000. */
  maxTokens?: number;
  /** graphql-jit for hot documents (default: after 2 executions), or false for graphql-js only. */
  compiledExecution?: CompiledExecutorOptions | false;
  /** Schema introspection. Default: false. */
  introspection?: boolean;
  logger: pino.Logger;
  /** Where request metrics go. Default: none recorded. */
  metricsRegistry?: Registry;
  /** Run only these documents (mobile). Default: off, any document runs. */
  persistedOperations?: PersistedOperationsOptions;
  /** gzip/br responses over 1 KiB when Accept-Encoding allows (mobile). Default: false. */
  compression?: boolean;
  /** Browser origins allowed by CORS (web). Default: none, no CORS headers at all. */
  cors?: CorsOptions;
  /** Fixed documents served to GET without authentication. Default: none. */
  staticRoutes?: readonly StaticRoute[];
  /** GraphiQL at `path` for browsers (development). Default: off. */
  explorer?: ExplorerOptions;
  /** Time allowed to receive the request headers. Default: 10000 ms. */
  headersTimeoutMs?: number;
  /** Time allowed to receive the whole request. Default: 30000 ms. */
  requestTimeoutMs?: number;
  /** Largest request head; beyond it 431 HEADERS_TOO_LARGE. Default: 16384 bytes. */
  maxHeaderSizeBytes?: number;
  /**
   * Proxies (IPs or CIDRs) whose X-Forwarded-For is believed when resolving the client
   * address. Default: none; the socket peer is the client.
   */
  trustedProxies?: readonly string[];
  /** Failed authentications per client address before 429. Default: 30 per 60 s; false: off. */
  authFailureLimit?: AuthFailureLimitOptions | false;
  /** Refuse work at once with 503 when overloaded. Default: off. */
  loadShedding?: LoadSheddingOptions;
  /** Shared with createAdminServer, so /readyz reports the drain. Default: a private one. */
  lifecycle?: Lifecycle;
  /**
   * Depth, aliases, root fields, directives, cost ceiling, page size, string length and ID
   * format, checked before the throttle charges (`readQueryLimits(read, client)`). Default:
   * none applied.
   */
  queryLimits?: Partial<QueryLimits>;
  /**
   * BENCHMARK ONLY. 'off' serves without query limits, throttle (no RateLimit headers), load
   * shedding, auth-failure throttle or authorization directives, and reads the bearer JWT's
   * `sub` WITHOUT verifying the token. Never set from configuration. Default: 'on'.
   */
  protections?: Protections;
}

export interface EdgeServer {
  listen(options: ListenOptions): Promise<ListeningAddress>;
  /** Stops at once: new requests on open connections get 503, in-flight ones finish. */
  close(): Promise<void>;
  /**
   * Graceful shutdown: readiness turns false at once, the listener refuses new connections,
   * in-flight requests get up to `graceMs` to finish (responses carry Connection: close),
   * then remaining sockets are destroyed and the server is closed.
   */
  drain(graceMs: number): Promise<void>;
}
