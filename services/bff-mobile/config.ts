import { join } from 'node:path';
import {
  EDGE_DEFAULTS,
  readEdgeConfig,
  readJwtConfig,
  type EdgeConfig,
  type JwtConfig,
} from '../edge';
import { createEnvReader, deepFreeze, projectRoot, type Env } from '../shared';

/** Issuer and audience of the tokens `npm run token -- mobile` mints in development. */
export const MOBILE_DEV_AUTH = Object.freeze({
  issuer: 'https://auth.frontdoor.dev',
  audience: 'frontdoor-mobile',
});

export interface MobileConfig {
  readonly edge: EdgeConfig;
  readonly auth: JwtConfig;
  readonly persistedOperationsFile: string;
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

/** Reads and validates the mobile BFF's configuration, listing every problem at once. */
export function loadMobileConfig(env: Env): MobileConfig {
  const read = createEnvReader(env);
  const edge = readEdgeConfig(read, 'mobile');
  const config: MobileConfig = {
    edge,
    auth: readJwtConfig(read, edge.mode, MOBILE_DEV_AUTH),
    persistedOperationsFile: read.string(
      'PERSISTED_OPERATIONS_FILE',
      join(projectRoot(), 'schemas', 'mobile', 'persisted-operations.json'),
    ),
    upstreams: {
      usersUrl: read.url('USERS_URL', 'http://127.0.0.1:5001'),
      ordersUrl: read.url('ORDERS_URL', 'http://127.0.0.1:5002'),
      catalogAddress: read.string('CATALOG_ADDR', '127.0.0.1:50051'),
      inventoryAddress: read.string('INVENTORY_ADDR', '127.0.0.1:50052'),
      reviewsAddress: read.string('REVIEWS_ADDR', '127.0.0.1:50053'),
      timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', EDGE_DEFAULTS.mobile.upstreamTimeoutMs, {
        min: 1,
        max: 60_000,
      }),
    },
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
