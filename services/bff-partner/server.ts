import { printSchema } from 'graphql';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createConfiguredApiKeyAuthenticator, startBffRuntime } from '../edge';
import { createLogger } from '../shared';
import { createUpstreamMetrics, createUpstreamSet } from '../upstreams';
import type { PartnerConfig } from './config';
import { createContextFactory } from './context';
import { createPartnerSchema } from './schema';

export interface RunningPartnerBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/v1/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  /** Drains in-flight requests, then closes listeners and channels. */
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
  const logger = options.logger ?? createLogger({ level: config.edge.logLevel, format: 'json' });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createUpstreamSet(config.upstreams, createUpstreamMetrics(registry));
  const schema = createPartnerSchema();
  const runtime = await startBffRuntime({
    edge: config.edge,
    schema,
    path: '/v1/graphql',
    authenticator: createConfiguredApiKeyAuthenticator(config.apiKeys, { logger }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    server: {
      staticRoutes: [
        {
          path: '/v1/schema.graphql',
          contentType: 'text/plain; charset=utf-8',
          body: printSchema(schema) + '\n',
        },
      ],
    },
    backendChecks: upstreams.checks,
    circuitStates: upstreams.circuitStates,
    registry,
    logger,
    release: upstreams.close,
  });
  return { ...runtime, registry };
}
