import {
  EDGE_DEFAULTS,
  readApiKeysConfig,
  readEdgeConfig,
  type ApiKeysConfig,
  type EdgeConfig,
} from '../edge';
import { createEnvReader, deepFreeze, type Env } from '../shared';

export interface PartnerConfig {
  readonly edge: EdgeConfig;
  readonly apiKeys: ApiKeysConfig;
  readonly upstreams: {
    readonly catalogAddress: string;
    readonly inventoryAddress: string;
    readonly reviewsAddress: string;
    readonly timeoutMs: number;
  };
  /** false runs DataLoader with `batch: false`: the naive baseline for benchmarks. */
  readonly batching: boolean;
}

/** Reads and validates the partner BFF's configuration, listing every problem at once. */
export function loadPartnerConfig(env: Env, devKeysDir: string): PartnerConfig {
  const read = createEnvReader(env);
  const edge = readEdgeConfig(read, 'partner');
  const config: PartnerConfig = {
    edge,
    apiKeys: readApiKeysConfig(read, edge.mode, devKeysDir),
    upstreams: {
      catalogAddress: read.string('CATALOG_ADDR', '127.0.0.1:50051'),
      inventoryAddress: read.string('INVENTORY_ADDR', '127.0.0.1:50052'),
      reviewsAddress: read.string('REVIEWS_ADDR', '127.0.0.1:50053'),
      timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', EDGE_DEFAULTS.partner.upstreamTimeoutMs, {
        min: 1,
        max: 60_000,
      }),
    },
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
