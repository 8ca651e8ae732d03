import type { GraphQLSchema } from 'graphql';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import { createAdminServer } from '../admin/admin-server';
import type { EdgeConfig } from '../config/read-edge-config';
import type { ExplorerOptions } from '../explorer/explorer-options';
import { createGraphQLServer } from '../http/graphql-server';
import type { GraphQLServerOptions, Protections } from '../http/graphql-server-options';
import type { ContextInput } from '../http/graphql-handler';
import { createLifecycle } from '../lifecycle/lifecycle';
import type { Authenticator } from '../principal';
import { createRateLimiter } from '../throttle/rate-limiter';
import { clusterRole } from './cluster/cluster-role';
import { createWorkerAdmin } from './cluster/worker-admin';
import { rateLimitKeyPrefix } from './rate-limit-key-prefix';
import { bffReadiness } from './readiness';

export interface BffRuntimeOptions<TContext extends object> {
  edge: EdgeConfig;
  schema: GraphQLSchema;
  /** GraphQL path, e.g. '/graphql' or '/v1/graphql'. */
  path: string;
  authenticator: Authenticator;
  createContext(input: ContextInput): TContext;
  /** Health of each backend, for /readyz: ready when all are true. */
  backendChecks(): Promise<Record<string, boolean>>;
  /**
   * Each backend's circuit breaker ('closed' | 'half-open' | 'open'): not ready while every
   * one is open, since the instance could then answer nothing but CIRCUIT_OPEN. Default: none.
   */
  circuitStates?(): Record<string, string>;
  registry: Registry;
  logger: pino.Logger;
  /** Client-specific server options: persisted operations, compression, static routes. */
  server?: Pick<
    GraphQLServerOptions<TContext>,
    'persistedOperations' | 'compression' | 'staticRoutes'
  >;
  /**
   * GraphiQL at the GraphQL URL for browsers. Served only when introspection is on and the mode
   * is not production, whatever the BFF passes. Default: off.
   */
  explorer?: ExplorerOptions;
  /** Releases what the BFF built (upstream pools and channels), after the listeners close. */
  release(): Promise<void>;
  /**
   * BENCHMARK ONLY (`npm run bench:protections`): 'off' serves without any protection and
   * without verifying tokens (GraphQLServerOptions.protections), and says so in a warn line
   * at start. No configuration reaches it; a BFF's main.ts never passes it. Default: 'on'.
   */
  protections?: Protections;
}

export interface BffRuntime {
  readonly url: string;
  /** The admin listener; `ipc://cluster-primary` in a cluster worker, whose primary serves it. */
  readonly adminUrl: string;
  /**
   * Graceful stop, as SIGTERM wants it: readiness false at once, no new connections,
   * in-flight requests finish within the drain grace, then pools, channels and the admin
   * listener close. Idempotent.
   */
  stop(): Promise<void>;
}

/**
 * Everything a BFF shares at the perimeter, from its EdgeConfig: the rate limiter (Redis
 * when configured), the GraphQL listener with every protection, and the admin listener whose
 * /readyz follows the backends and the drain.
 */
export async function startBffRuntime<TContext extends object>(
  options: BffRuntimeOptions<TContext>,
): Promise<BffRuntime> {
  const { edge, logger } = options;
  const protections = options.protections ?? 'on';
  if (protections === 'off') {
    logger.warn(
      { protections },
      'PROTECTIONS OFF: no query limits, throttle, load shedding or authorization, and bearer tokens are NOT verified. Benchmark only; never serve real traffic like this',
    );
  }
  const lifecycle = createLifecycle();
  // A cluster worker (WORKERS > 1) keeps its budgets in the primary and has no admin port.
  const worker = clusterRole(edge.workers) === 'worker';
  const rateLimiter = createRateLimiter({
    plans: edge.rateLimit.plans,
    redis: edge.rateLimit.redisUrl ? { url: edge.rateLimit.redisUrl } : undefined,
    redisTimeoutMs: edge.rateLimit.redisTimeoutMs,
    keyPrefix: rateLimitKeyPrefix(edge.client),
    shareAcrossWorkers: worker,
    logger,
  });
  // Before listening, so the first requests already count against the shared budget.
  if (edge.rateLimit.redisUrl && !(await rateLimiter.connected(2000))) {
    logger.warn('Redis is not reachable yet; rate limits are per process until it is');
  }
  const graphql = createGraphQLServer<TContext>({
    ...options.server,
    ...edge.http.server,
    schema: options.schema,
    path: options.path,
    client: edge.client,
    authenticator: options.authenticator,
    rateLimiter,
    createContext: options.createContext,
    requestDeadlineMs: edge.limits.requestDeadlineMs,
    bodyLimitBytes: edge.limits.bodyLimitBytes,
    maxTokens: edge.limits.maxTokens,
    compiledExecution: edge.execution,
    queryLimits: edge.queryLimits,
    introspection: edge.introspection,
    explorer: explorerAllowed(edge) ? options.explorer : undefined,
    lifecycle,
    logger,
    metricsRegistry: options.registry,
    protections,
  });
  const admin = (worker ? createWorkerAdmin : createAdminServer)({
    registry: options.registry,
    logger,
    lifecycle,
    readiness: () => bffReadiness(options.backendChecks, options.circuitStates),
  });
  const { url } = await graphql.listen({ host: edge.host, port: edge.port });
  const { url: adminUrl } = await admin.listen({ host: edge.adminHost, port: edge.adminPort });
  let stopping: Promise<void> | undefined;
  return {
    url,
    adminUrl,
    stop: () =>
      (stopping ??= (async () => {
        await graphql.drain(edge.http.drainGraceMs);
        await options.release();
        await rateLimiter.close();
        await admin.close();
      })()),
  };
}

/** The explorer shows the schema and may carry a token: development tools only. */
function explorerAllowed(edge: EdgeConfig): boolean {
  return edge.introspection && edge.mode !== 'production';
}
