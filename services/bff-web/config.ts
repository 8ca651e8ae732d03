import {
  EDGE_DEFAULTS,
  readEdgeConfig,
  readJwtConfig,
  type EdgeConfig,
  type JwtConfig,
} from '../edge';
import { createEnvReader, deepFreeze, type Env } from '../shared';

/** Issuer and audience of the tokens `npm run token -- web` mints in development. */
export const WEB_DEV_AUTH = Object.freeze({
  issuer: 'https://auth.frontdoor.dev',
  audience: 'frontdoor-web',
});

export interface WebConfig {
  readonly edge: EdgeConfig;
  readonly auth: JwtConfig;
  readonly upstreams: {
    readonly usersUrl: string;
    readonly ordersUrl: string;
    readonly catalogAddress: string;
    readonly inventoryAddress: string;
    readonly reviewsAddress: string;
    readonly timeoutMs: number;
  };
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
    upstreams: {
      usersUrl: read.url('USERS_URL', 'http://127.0.0.1:5001'),
      ordersUrl: read.url('ORDERS_URL', 'http://127.0.0.1:5002'),
      catalogAddress: read.string('CATALOG_ADDR', '127.0.0.1:50051'),
      inventoryAddress: read.string('INVENTORY_ADDR', '127.0.0.1:50052'),
      reviewsAddress: read.string('REVIEWS_ADDR', '127.0.0.1:50053'),
      timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', EDGE_DEFAULTS.web.upstreamTimeoutMs, {
        min: 1,
        max: 60_000,
      }),
    },
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
