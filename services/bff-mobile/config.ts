import { join } from 'node:path';
import {
  EDGE_DEFAULTS,
  readEdgeConfig,
  readJwtConfig,
  type EdgeConfig,
  type JwtConfig,
} from '../edge';
import { createEnvReader, deepFreeze, projectRoot, type Env } from '../shared';
import { readUpstreamsConfig, type UpstreamsConfig } from '../upstreams';

/** Issuer and audience of the tokens `npm run token -- mobile` mints in development. */
export const MOBILE_DEV_AUTH = Object.freeze({
  issuer: 'https://auth.frontdoor.dev',
  audience: 'frontdoor-mobile',
});

/** The backends the home, order and product screens are built on. */
export const MOBILE_BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;
export type MobileBackend = (typeof MOBILE_BACKENDS)[number];

export interface MobileConfig {
  readonly edge: EdgeConfig;
  readonly auth: JwtConfig;
  readonly persistedOperationsFile: string;
  readonly upstreams: UpstreamsConfig<MobileBackend>;
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
    upstreams: readUpstreamsConfig(read, MOBILE_BACKENDS, EDGE_DEFAULTS.mobile.upstreamTimeoutMs),
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
