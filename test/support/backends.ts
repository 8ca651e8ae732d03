import pino from 'pino';
import {
  type GrpcBackendHandle,
  type LatencyOptions,
  type RestBackendHandle,
  startCatalogBackend,
  startInventoryBackend,
  startOrdersBackend,
  startReviewsBackend,
  startUsersBackend,
} from '../../services/backends';

export interface SampleBackendsOptions {
  /** Applied to every backend. @default none */
  latency?: LatencyOptions;
  /** Applied to every backend. @default 0 */
  errorRate?: number;
}

/** All five sample backends, running on 127.0.0.1 with ports picked by the OS. */
export interface SampleBackends {
  readonly users: RestBackendHandle;
  readonly orders: RestBackendHandle;
  readonly catalog: GrpcBackendHandle;
  readonly inventory: GrpcBackendHandle;
  readonly reviews: GrpcBackendHandle;
  readonly urls: { readonly users: string; readonly orders: string };
  readonly addresses: {
    readonly catalog: string;
    readonly inventory: string;
    readonly reviews: string;
  };
  /** Calls received by all five together (health checks excluded). */
  totalCalls(): number;
  clearCalls(): void;
  stop(): Promise<void>;
}

function valueOf<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/** Starts the five backends in parallel on port 0; call `stop()` in afterAll. */
export async function startSampleBackends(
  options: SampleBackendsOptions = {},
): Promise<SampleBackends> {
  const common = { ...options, logger: pino({ level: 'silent' }) };
  const started = await Promise.allSettled([
    startUsersBackend(common),
    startOrdersBackend(common),
    startCatalogBackend(common),
    startInventoryBackend(common),
    startReviewsBackend(common),
  ] as const);
  const failure = started.find((result) => result.status === 'rejected');
  if (failure) {
    // Do not leak the servers that did start when another one failed.
    await Promise.all(
      started.map((result) => result.status === 'fulfilled' && result.value.stop()),
    );
    throw failure.reason;
  }
  const [users, orders, catalog, inventory, reviews] = [
    valueOf(started[0]),
    valueOf(started[1]),
    valueOf(started[2]),
    valueOf(started[3]),
    valueOf(started[4]),
  ];
  const all = [users, orders, catalog, inventory, reviews];
  return {
    users,
    orders,
    catalog,
    inventory,
    reviews,
    urls: { users: users.url, orders: orders.url },
    addresses: { catalog: catalog.address, inventory: inventory.address, reviews: reviews.address },
    totalCalls: () => all.reduce((sum, handle) => sum + handle.calls.count(), 0),
    clearCalls: () => all.forEach((handle) => handle.calls.clear()),
    stop: async () => {
      await Promise.all(all.map((handle) => handle.stop()));
    },
  };
}
