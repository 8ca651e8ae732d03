import { createHash, randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { devKeysDir } from '../../services/shared';
import { loadPartnerConfig } from '../../services/bff-partner/config';
import { startPartnerBff, type RunningPartnerBff } from '../../services/bff-partner/server';
import { startSampleBackends, type SampleBackends } from './backends';
import { TEST_BFF_ENV, backendEnv } from './graphql-http';

export interface PartnerStack {
  readonly backends: SampleBackends;
  readonly bff: RunningPartnerBff;
  /** Keys made for this run: a good one, a revoked one, and one on a small quota plan. */
  readonly keys: { valid: string; revoked: string; otherPartner: string; noScope: string };
  stop(): Promise<void>;
}

const sha256 = (key: string): string => createHash('sha256').update(key).digest('hex');
const newKey = (): string => `fd_test_${randomBytes(24).toString('base64url')}`;

/** Real backends and a real partner BFF on 127.0.0.1:0 with API keys configured (hashed). */
export async function startPartnerStack(
  options: { env?: Record<string, string>; logger?: Logger } = {},
): Promise<PartnerStack> {
  const keys = { valid: newKey(), revoked: newKey(), otherPartner: newKey(), noScope: newKey() };
  const records = [
    {
      id: 'k-valid',
      sha256: sha256(keys.valid),
      partnerId: 'acme',
      scopes: ['catalog:read'],
      plan: 'default',
    },
    {
      id: 'k-revoked',
      sha256: sha256(keys.revoked),
      partnerId: 'acme',
      scopes: ['catalog:read'],
      plan: 'default',
      revoked: true,
    },
    {
      id: 'k-other',
      sha256: sha256(keys.otherPartner),
      partnerId: 'globex',
      scopes: ['catalog:read'],
      plan: 'default',
    },
    {
      id: 'k-no-scope',
      sha256: sha256(keys.noScope),
      partnerId: 'initech',
      scopes: [],
      plan: 'default',
    },
  ];
  const backends = await startSampleBackends();
  const config = loadPartnerConfig(
    {
      ...TEST_BFF_ENV,
      API_KEYS: JSON.stringify(records),
      ...backendEnv(backends),
      ...options.env,
    },
    devKeysDir(),
  );
  const bff = await startPartnerBff(config, {
    logger: options.logger ?? pino({ level: 'silent' }),
  });
  return {
    backends,
    bff,
    keys,
    async stop() {
      await bff.stop();
      await backends.stop();
    },
  };
}

export const CATALOG_PAGE = `query CatalogPage($after: String) {
  catalog(first: 100, after: $after) {
    nodes { id sku name price { amount currency } stock rating }
    pageInfo { endCursor hasNextPage }
  }
}`;
