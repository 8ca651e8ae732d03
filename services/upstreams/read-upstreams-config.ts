import type { EnvReader } from '../shared';
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
 * Reads where the named backends live, and UPSTREAM_TIMEOUT_MS. A BFF names only the backends
 * it uses, so it neither reads nor health-checks the others.
 */
export function readUpstreamsConfig<K extends BackendName>(
  read: EnvReader,
  names: readonly K[],
  defaultTimeoutMs: number,
): UpstreamsConfig<K> {
  const addresses = {} as { [N in K]: string };
  for (const name of names) {
    const { env, fallback } = BACKEND_ADDRESSES[name];
    addresses[name] = fallback.startsWith('http')
      ? read.url(env, fallback)
      : read.string(env, fallback);
  }
  return {
    addresses,
    timeoutMs: read.int('UPSTREAM_TIMEOUT_MS', defaultTimeoutMs, { min: 1, max: 60_000 }),
  };
}
