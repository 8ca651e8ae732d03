import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createConfiguredJwtAuthenticator, startBffRuntime, type ExplorerOptions } from '../edge';
import { createLogger, devKeysDir } from '../shared';
import { createUpstreamMetrics, createUpstreamSet } from '../upstreams';
import type { MobileConfig } from './config';
import { createContextFactory } from './context';
import { loadPersistedOperations } from './persisted-operations';
import { createMobileSchema } from './schema';

export interface RunningMobileBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  /** Drains in-flight requests, then closes listeners, pools and channels. */
  stop(): Promise<void>;
}

/**
 * Composition root of the mobile BFF: persisted operations only, compressed responses, JWTs
 * for the mobile audience. Reads no environment, so tests start it on port 0.
 */
export async function startMobileBff(
  config: MobileConfig,
  options: {
    logger?: Logger;
    /** GraphiQL for browsers at the GraphQL URL; served in development only. */
    explorer?: ExplorerOptions;
  } = {},
): Promise<RunningMobileBff> {
  const logger = options.logger ?? createLogger({ level: config.edge.logLevel, format: 'json' });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createUpstreamSet(config.upstreams, createUpstreamMetrics(registry));
  const runtime = await startBffRuntime({
    edge: config.edge,
    schema: createMobileSchema(),
    path: '/graphql',
    authenticator: createConfiguredJwtAuthenticator(config.auth, devKeysDir(), { logger }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    server: {
      persistedOperations: { byHash: loadPersistedOperations(config.persistedOperationsFile) },
      compression: true,
    },
    backendChecks: upstreams.checks,
    circuitStates: upstreams.circuitStates,
    registry,
    logger,
    explorer: options.explorer,
    release: upstreams.close,
  });
  return { ...runtime, registry };
}
