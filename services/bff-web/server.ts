import type { Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import {
  createConfiguredJwtAuthenticator,
  startBffRuntime,
  type BffRuntimeOptions,
  type ExplorerOptions,
} from '../edge';
import { createLogger, devKeysDir } from '../shared';
import { createUpstreamMetrics, createUpstreamSet } from '../upstreams';
import type { WebConfig } from './config';
import { createContextFactory } from './context';
import { createWebSchema } from './schema';

export interface RunningWebBff {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  /** The admin listener: /healthz, /readyz, /metrics. */
  readonly adminUrl: string;
  readonly registry: Registry;
  /** Drains in-flight requests, then closes listeners, pools and channels. */
  stop(): Promise<void>;
}

/**
 * Composition root of the web BFF: builds the backend clients once and hands the schema to
 * the edge runtime. Reads no environment, so tests start it on port 0 with their own config.
 */
export async function startWebBff(
  config: WebConfig,
  options: {
    logger?: Logger;
    /** GraphiQL for browsers at the GraphQL URL; served in development only. */
    explorer?: ExplorerOptions;
    /**
     * BENCHMARK ONLY: 'off' is the web BFF with no protection and unverified tokens, started by
     * scripts/bench/protections/main.ts to measure what protections cost. main.ts never sets
     * it; WebConfig cannot. Default: 'on'.
     */
    protections?: BffRuntimeOptions<object>['protections'];
  } = {},
): Promise<RunningWebBff> {
  const logger = options.logger ?? createLogger({ level: config.edge.logLevel, format: 'json' });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createUpstreamSet(config.upstreams, createUpstreamMetrics(registry));
  const runtime = await startBffRuntime({
    edge: config.edge,
    schema: createWebSchema(),
    path: '/graphql',
    authenticator: createConfiguredJwtAuthenticator(config.auth, devKeysDir(), { logger }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    backendChecks: upstreams.checks,
    circuitStates: upstreams.circuitStates,
    registry,
    logger,
    explorer: options.explorer,
    protections: options.protections,
    release: upstreams.close,
  });
  return { ...runtime, registry };
}
