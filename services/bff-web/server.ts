import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import {
  createAdminServer,
  createGraphQLServer,
  createJwtAuthenticator,
  createRateLimiter,
  ensureDevKeyPair,
  type Authenticator,
} from '../edge';
import { projectRoot } from '../shared';
import { createUpstreamMetrics } from '../upstreams';
import type { WebAuthConfig, WebConfig } from './config';
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
  const logger = options.logger ?? pino({ level: config.logLevel });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const upstreams = createWebUpstreams(config.upstreams, createUpstreamMetrics(registry));
  const graphql = createGraphQLServer<WebContext>({
    schema: createWebSchema(),
    path: '/graphql',
    client: 'web',
    authenticator: createWebAuthenticator(config.auth),
    rateLimiter: createRateLimiter({ ...config.rateLimit, keyPrefix: 'web' }),
    createContext: createContextFactory(upstreams.clients, { batching: config.batching }),
    requestDeadlineMs: config.limits.requestDeadlineMs,
    bodyLimitBytes: config.limits.bodyLimitBytes,
    maxTokens: config.limits.maxTokens,
    introspection: config.env !== 'production',
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
  const { url } = await graphql.listen({ host: config.host, port: config.port });
  const { url: adminUrl } = await admin.listen({ host: config.adminHost, port: config.adminPort });
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

function createWebAuthenticator(auth: WebAuthConfig): Authenticator {
  const names = { issuer: auth.issuer, audience: auth.audience };
  switch (auth.kind) {
    case 'jwks':
      return createJwtAuthenticator({ ...names, jwksUrl: auth.jwksUrl });
    case 'pem':
      return createJwtAuthenticator({
        ...names,
        publicKeyPem: auth.publicKeyPem ?? readFileSync(auth.publicKeyFile ?? '', 'utf8'),
      });
    case 'dev':
      return createJwtAuthenticator({
        ...names,
        publicKeyPem: ensureDevKeyPair(devKeysDir()).publicKeyPem,
      });
  }
}

/** Dev keys live in a git-ignored folder at the project root, shared with `npm run token`. */
export function devKeysDir(): string {
  return join(projectRoot(), '.dev-keys');
}
