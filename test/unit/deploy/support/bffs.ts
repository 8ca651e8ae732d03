import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadMobileConfig } from '../../../../services/bff-mobile/config';
import { loadPartnerConfig } from '../../../../services/bff-partner/config';
import { loadWebConfig } from '../../../../services/bff-web/config';
import {
  readHttpConfig,
  readQueryLimits,
  readRateLimitConfig,
  type ClientName,
} from '../../../../services/edge';
import { createEnvReader, type EnvReader, type Env } from '../../../../services/shared';
import { recordEnvReads } from './env-keys';

/** Reads part of a BFF's configuration from an env map, throwing a ConfigError on problems. */
export type ConfigReader = (env: Env) => unknown;

export interface BffSpec {
  readonly client: ClientName;
  /** Compose service, Kubernetes object and services/ folder name. */
  readonly name: `bff-${ClientName}`;
  readonly graphqlPath: string;
  /** The credential the deploy files mount as a file, and the key naming its path. */
  readonly credentialFileKey: 'JWT_PUBLIC_KEY_FILE' | 'API_KEYS_FILE';
  /** Other credential sources, exclusive with the file: never set next to it. */
  readonly alternatives: readonly string[];
  /** Everything that reads this BFF's env: its loader, and edge readers main.ts may add. */
  readonly readers: readonly ConfigReader[];
}

// Never created: the partner loader only records where dev keys would live.
const NO_DEV_KEYS = join(tmpdir(), 'frontdoor-deploy-test-no-dev-keys');

/** An edge reader run on its own, failing as a loader would. */
const edgeReader =
  (read: (reader: EnvReader) => unknown): ConfigReader =>
  (env) => {
    const reader = createEnvReader(env);
    const config = read(reader);
    reader.finish();
    return config;
  };

/**
 * The edge readers every BFF uses (HTTP hardening and drain, query limits, rate limits),
 * listed on their own so their keys count whether or not a loader calls them yet.
 */
const sharedReaders = (client: ClientName): ConfigReader[] => [
  edgeReader(readHttpConfig),
  edgeReader((read) => readQueryLimits(read, client)),
  edgeReader((read) => readRateLimitConfig(read, client)),
];

const JWT_ALTERNATIVES = ['JWT_PUBLIC_KEY', 'JWT_JWKS_URL', 'JWT_HMAC_SECRET'];

export const BFFS: readonly BffSpec[] = [
  {
    client: 'web',
    name: 'bff-web',
    graphqlPath: '/graphql',
    credentialFileKey: 'JWT_PUBLIC_KEY_FILE',
    alternatives: JWT_ALTERNATIVES,
    readers: [loadWebConfig, ...sharedReaders('web')],
  },
  {
    client: 'mobile',
    name: 'bff-mobile',
    graphqlPath: '/graphql',
    credentialFileKey: 'JWT_PUBLIC_KEY_FILE',
    alternatives: JWT_ALTERNATIVES,
    readers: [loadMobileConfig, ...sharedReaders('mobile')],
  },
  {
    client: 'partner',
    name: 'bff-partner',
    graphqlPath: '/v1/graphql',
    credentialFileKey: 'API_KEYS_FILE',
    alternatives: ['API_KEYS'],
    readers: [(env) => loadPartnerConfig(env, NO_DEV_KEYS), ...sharedReaders('partner')],
  },
];

export function bffSpec(client: ClientName): BffSpec {
  const bff = BFFS.find((b) => b.client === client);
  if (!bff) throw new Error(`no BFF "${client}"`);
  return bff;
}

/** Runs every reader of a BFF; the first ConfigError propagates. */
export function loadBff(bff: BffSpec, env: Env): unknown[] {
  return bff.readers.map((reader) => reader(env));
}

/** JSON of what a BFF read, regular expressions included (JSON.stringify drops them). */
export function loadedText(bff: BffSpec, env: Env): string {
  return JSON.stringify(loadBff(bff, env), (_key, value: unknown) =>
    value instanceof RegExp ? String(value) : value,
  );
}

const MODES: readonly Readonly<Record<string, string>>[] = [{}, { NODE_ENV: 'production' }];

/** Every env key the BFF's readers look up, in development and in production. */
export function keysReadBy(bff: BffSpec): Set<string> {
  const keys = new Set<string>();
  for (const reader of bff.readers) {
    for (const env of MODES) {
      for (const key of recordEnvReads(reader, env)) keys.add(key);
    }
  }
  return keys;
}

/**
 * Keys the deploy files set that no frontdoor config loader reads (yet), and who reads them.
 * Drop an entry once a loader reads the key: the loaders are then its source of truth.
 */
export const KEYS_READ_ELSEWHERE: Readonly<Record<string, string>> = {
  NODE_OPTIONS: 'Node.js itself (heap size in Kubernetes)',
  // The BFF loaders read these two (readTelemetryConfig); the sample backends read them
  // through the same shared reader, which a scan of services/backends does not see.
  OTEL_EXPORTER_OTLP_ENDPOINT: 'services/shared/telemetry, for the sample backends',
  OTEL_SERVICE_NAME: 'services/shared/telemetry, for the sample backends',
};

/**
 * Values a deployment sets on purpose (where it runs, who issues tokens, where its backends
 * are); every other value a deploy file sets must equal the code's default.
 */
export const DEPLOYMENT_KEYS: ReadonlySet<string> = new Set([
  'NODE_ENV',
  'HOST',
  'ADMIN_HOST',
  'JWT_ISSUER',
  'JWT_AUDIENCE',
  'JWT_PUBLIC_KEY_FILE',
  'API_KEYS_FILE',
  'PERSISTED_OPERATIONS_FILE',
  'USERS_URL',
  'ORDERS_URL',
  'CATALOG_ADDR',
  'INVENTORY_ADDR',
  'REVIEWS_ADDR',
  'REDIS_URL',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
]);

/** The drain grace a BFF uses with `env`: its DRAIN_GRACE_MS, else the code's default. */
export function drainGraceMs(env: Env): number {
  const read = createEnvReader(env);
  const { drainGraceMs: ms } = readHttpConfig(read);
  read.finish();
  return ms;
}
