import pino, { type Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import {
  createAdminServer,
  createGraphQLServer,
  createConfiguredJwtAuthenticator,
  createRateLimiter,
} from '../edge';
import { devKeysDir } from '../shared';
import { createUpstreamMetrics } from '../upstreams';
import type { WebConfig } from './config';
import { createContextFactory, type WebContext } from './context';
import { createWebSchema } from './schema';
import { createWebUpstreams } from './upstreams';

export interface RunningWebBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  stop(): Promise<void>;
}

/**
 * Composition root of the web BFF: builds clients once, wires the edge around the schema and
 * listens. Reads no environment, so tests start it on port 0 with a config of their own.
 */
export async function startWebBff(
  config: WebConfig,
  options: { logger?: Logger } = {},
): Promise<RunningWebBff> {
  const { edge } = config;
  const logger = options.logger ?? pino({ level: edge.logLevel });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createWebUpstreams(config.upstreams, createUpstreamMetrics(registry));
  const graphql = createGraphQLServer<WebContext>({
    schema: createWebSchema(),
    path: '/graphql',
    client: 'web',
    authenticator: createConfiguredJwtAuthenticator(config.auth, devKeysDir()),
    rateLimiter: createRateLimiter({ ...edge.rateLimit, keyPrefix: 'web' }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    requestDeadlineMs: edge.limits.requestDeadlineMs,
    bodyLimitBytes: edge.limits.bodyLimitBytes,
    maxTokens: edge.limits.maxTokens,
    introspection: edge.introspection,
    logger,
    metricsRegistry: registry,
  });
  const admin = createAdminServer({
    registry,
    logger,
    readiness: async () => {
      const checks = await upstreams.checks();
      return { ready: Object.values(checks).every(Boolean), checks };
    },
  });
  const { url } = await graphql.listen({ host: edge.host, port: edge.port });
  const { url: adminUrl } = await admin.listen({ host: edge.adminHost, port: edge.adminPort });
  return {
    url,
    adminUrl,
    registry,
    async stop() {
      await graphql.close();
      await admin.close();
      await upstreams.close();
    },
  };
}
