import {
  EDGE_DEFAULTS,
  readEdgeConfig,
  readJwtConfig,
  type EdgeConfig,
  type JwtConfig,
} from '../edge';
import { createEnvReader, deepFreeze, type Env } from '../shared';
import { readUpstreamsConfig, type UpstreamsConfig } from '../upstreams';

/** Issuer and audience of the tokens `npm run token -- web` mints in development. */
export const WEB_DEV_AUTH = Object.freeze({
  issuer: 'https://auth.frontdoor.dev',
  audience: 'frontdoor-web',
});

/** The backends the web storefront is built on. */
export const WEB_BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;
export type WebBackend = (typeof WEB_BACKENDS)[number];

export interface WebConfig {
  readonly edge: EdgeConfig;
  readonly auth: JwtConfig;
  readonly upstreams: UpstreamsConfig<WebBackend>;
  /** false runs DataLoader with `batch: false`: the naive baseline for benchmarks. */
  readonly batching: boolean;
}

/**
 * Reads and validates the web BFF's configuration from an environment map, listing every
 * problem at once. Development defaults make `npm start` work with no configuration;
 * production refuses to start without real key configuration.
 */
export function loadWebConfig(env: Env): WebConfig {
  const read = createEnvReader(env);
  const edge = readEdgeConfig(read, 'web');
  const config: WebConfig = {
    edge,
    auth: readJwtConfig(read, edge.mode, WEB_DEV_AUTH),
    upstreams: readUpstreamsConfig(read, WEB_BACKENDS, EDGE_DEFAULTS.web.upstreamTimeoutMs),
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
