import {
  EDGE_DEFAULTS,
  readApiKeysConfig,
  readEdgeConfig,
  type ApiKeysConfig,
  type EdgeConfig,
} from '../edge';
import { createEnvReader, deepFreeze, type Env } from '../shared';
import { readUpstreamsConfig, type UpstreamsConfig } from '../upstreams';

/** The catalogue and what enriches it; partners never reach users or orders. */
export const PARTNER_BACKENDS = ['catalog', 'inventory', 'reviews'] as const;
export type PartnerBackend = (typeof PARTNER_BACKENDS)[number];

export interface PartnerConfig {
  readonly edge: EdgeConfig;
  readonly apiKeys: ApiKeysConfig;
  readonly upstreams: UpstreamsConfig<PartnerBackend>;
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
    upstreams: readUpstreamsConfig(read, PARTNER_BACKENDS, EDGE_DEFAULTS.partner.upstreamTimeoutMs),
    batching: read.boolean('DATALOADER_BATCH', true),
  };
  read.finish();
  return deepFreeze(config);
}
