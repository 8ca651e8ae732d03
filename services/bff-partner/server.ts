import { printSchema } from 'graphql';
import pino, { type Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import {
  createAdminServer,
  createConfiguredApiKeyAuthenticator,
  createGraphQLServer,
  createRateLimiter,
} from '../edge';
import { createUpstreamMetrics } from '../upstreams';
import type { PartnerConfig } from './config';
import { createContextFactory, type PartnerContext } from './context';
import { createPartnerSchema } from './schema';
import { createPartnerUpstreams } from './upstreams';

export interface RunningPartnerBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/v1/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  stop(): Promise<void>;
}

/**
 * Composition root of the partner BFF: a versioned catalogue API behind API keys, its SDL
 * published for partners. Reads no environment, so tests start it on port 0.
 */
export async function startPartnerBff(
  config: PartnerConfig,
  options: { logger?: Logger } = {},
): Promise<RunningPartnerBff> {
  const { edge } = config;
  const logger = options.logger ?? pino({ level: edge.logLevel });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createPartnerUpstreams(config.upstreams, createUpstreamMetrics(registry));
  const schema = createPartnerSchema();
  const graphql = createGraphQLServer<PartnerContext>({
    schema,
    path: '/v1/graphql',
    client: 'partner',
    authenticator: createConfiguredApiKeyAuthenticator(config.apiKeys, { logger }),
    rateLimiter: createRateLimiter({ ...edge.rateLimit, keyPrefix: 'partner' }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    staticRoutes: [
      {
        path: '/v1/schema.graphql',
        contentType: 'text/plain; charset=utf-8',
        body: printSchema(schema) + '\n',
      },
    ],
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
