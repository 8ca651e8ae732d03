import type { EnvReader } from '../shared';
import type { ResilienceOptions } from './resilience/resilience-options';
import type { BackendName, UpstreamsConfig } from './upstream-set';

/** Each backend's address variable and its development default (the ports `npm start` uses). */
export const BACKEND_ADDRESSES: { readonly [N in BackendName]: { env: string; fallback: string } } =
  {
    users: { env: 'USERS_URL', fallback: 'http://127.0.0.1:5001' },
    orders: { env: 'ORDERS_URL', fallback: 'http://127.0.0.1:5002' },
    catalog: { env: 'CATALOG_ADDR', fallback: '127.0.0.1:50051' },
    inventory: { env: 'INVENTORY_ADDR', fallback: '127.0.0.1:50052' },
    reviews: { env: 'REVIEWS_ADDR', fallback: '127.0.0.1:50053' },
  };

/**
 * Reads where the named backends live (a comma-separated list balances over instances),
 * UPSTREAM_TIMEOUT_MS and the resilience settings. A BFF names only the backends it uses, so
 * it neither reads nor health-checks the others.
 */
export function readUpstreamsConfig<K extends BackendName>(
  read: EnvReader,
  names: readonly K[],
  defaultTimeoutMs: number,
): UpstreamsConfig<K> {
  const addresses = {} as { [N in K]: string };
  for (const name of names) {
    const { env, fallback } = BACKEND_ADDRESSES[name];
    const value = read.string(env, fallback);
    if (fallback.startsWith('http')) checkUrls(read, env, value);
    addresses[name] = value;
  }
  return {
    addresses,
    timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', defaultTimeoutMs, { min: 1, max: 60_000 }),
    resilience: readResilience(read),
  };
}

function checkUrls(read: EnvReader, env: string, value: string): void {
  for (const url of value.split(',').map((part) => part.trim())) {
    if (!/^https?:\/\/[^/\s]+\/?$/.test(url))
      read.problem(`${env} must be http(s)://host:port URLs, got "${url}"`);
  }
}

/**
 * UPSTREAM_RETRY (true) · UPSTREAM_BREAKER (true) with UPSTREAM_BREAKER_FAILURES (5) and
 * UPSTREAM_BREAKER_HALF_OPEN_MS (30000) · UPSTREAM_BULKHEAD_MAX_CONCURRENT (REST: its
 * connections, 64; gRPC: 128) and UPSTREAM_BULKHEAD_MAX_QUEUED (256).
 */
function readResilience(read: EnvReader): ResilienceOptions {
  const retry = read.boolean('UPSTREAM_RETRY', true);
  const breaker = read.boolean('UPSTREAM_BREAKER', true);
  const consecutiveFailures = read.int('UPSTREAM_BREAKER_FAILURES', 5, { min: 1, max: 1000 });
  const halfOpenAfterMs = read.int('UPSTREAM_BREAKER_HALF_OPEN_MS', 30_000, {
    min: 100,
    max: 600_000,
  });
  const maxConcurrent = read.optionalString('UPSTREAM_BULKHEAD_MAX_CONCURRENT');
  const maxQueued = read.int('UPSTREAM_BULKHEAD_MAX_QUEUED', 256, { min: 0, max: 100_000 });
  return {
    retry: retry ? {} : false,
    breaker: breaker ? { consecutiveFailures, halfOpenAfterMs } : false,
    bulkhead: {
      maxQueued,
      ...(maxConcurrent !== undefined
        ? {
            maxConcurrent: read.int('UPSTREAM_BULKHEAD_MAX_CONCURRENT', 64, {
              min: 1,
              max: 100_000,
            }),
          }
        : {}),
    },
  };
}
