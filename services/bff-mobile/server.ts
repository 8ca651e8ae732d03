import pino, { type Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import {
  createAdminServer,
  createConfiguredJwtAuthenticator,
  createGraphQLServer,
  createRateLimiter,
} from '../edge';
import { devKeysDir } from '../shared';
import { createUpstreamMetrics } from '../upstreams';
import type { MobileConfig } from './config';
import { createContextFactory, type MobileContext } from './context';
import { loadPersistedOperations } from './persisted-operations';
import { createMobileSchema } from './schema';
import { createMobileUpstreams } from './upstreams';

export interface RunningMobileBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  stop(): Promise<void>;
}

/**
 * Composition root of the mobile BFF: persisted operations only, compressed responses, JWTs
 * for the mobile audience. Reads no environment, so tests start it on port 0.
 */
export async function startMobileBff(
  config: MobileConfig,
  options: { logger?: Logger } = {},
): Promise<RunningMobileBff> {
  const { edge } = config;
  const logger = options.logger ?? pino({ level: edge.logLevel });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createMobileUpstreams(config.upstreams, createUpstreamMetrics(registry));
  const graphql = createGraphQLServer<MobileContext>({
    schema: createMobileSchema(),
    path: '/graphql',
    client: 'mobile',
    authenticator: createConfiguredJwtAuthenticator(config.auth, devKeysDir()),
    rateLimiter: createRateLimiter({ ...edge.rateLimit, keyPrefix: 'mobile' }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    persistedOperations: { byHash: loadPersistedOperations(config.persistedOperationsFile) },
    compression: true,
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
