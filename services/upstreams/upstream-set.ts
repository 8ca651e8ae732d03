import { createCatalogClient } from './catalog/client';
import { createGrpcTransport } from './grpc/grpc-transport';
import { createInventoryClient } from './inventory/client';
import { createOrdersClient } from './orders/client';
import type { CircuitStateName } from './resilience/circuit-state';
import type { ResilienceOptions } from './resilience/resilience-options';
import { createRestTransport } from './rest/rest-transport';
import { createReviewsClient } from './reviews/client';
import type { UpstreamMetrics } from './upstream-metrics';
import type { Upstreams } from './upstreams';
import { createUsersClient } from './users/client';

export type BackendName = keyof Upstreams;

/** Where each backend a BFF uses lives: a base URL (REST) or host:port (gRPC); lists allowed. */
export interface UpstreamsConfig<K extends BackendName> {
  readonly addresses: { readonly [N in K]: string };
  readonly timeoutMs: number;
  /** Retries, breaker and bulkhead, the same for every backend of this BFF. */
  readonly resilience?: ResilienceOptions;
}

export interface UpstreamSet<K extends BackendName> {
  readonly clients: Pick<Upstreams, K>;
  /** Each backend's health, for /readyz. */
  checks(): Promise<Record<string, boolean>>;
  /** Each backend's breaker, for /readyz and metrics. */
  circuitStates(): Record<string, CircuitStateName>;
  close(): Promise<void>;
}

interface Transport {
  checkHealth(): Promise<boolean>;
  circuitState(): CircuitStateName;
  close(): void | Promise<void>;
}
type Common = { timeoutMs: number; metrics: UpstreamMetrics; resilience?: ResilienceOptions };
type Built<N extends BackendName> = { client: Upstreams[N]; transport: Transport };

// One entry per backend: its transport kind and client. A new backend adds a line here.
const BUILDERS: { [N in BackendName]: (address: string, common: Common) => Built<N> } = {
  users: (baseUrl, c) =>
    rest(createRestTransport({ upstream: 'users', baseUrl, ...c }), createUsersClient),
  orders: (baseUrl, c) =>
    rest(createRestTransport({ upstream: 'orders', baseUrl, ...c }), createOrdersClient),
  catalog: (address, c) =>
    grpc(
      createGrpcTransport({ upstream: 'catalog', service: 'catalog', address, ...c }),
      createCatalogClient,
    ),
  inventory: (address, c) =>
    grpc(
      createGrpcTransport({ upstream: 'inventory', service: 'inventory', address, ...c }),
      createInventoryClient,
    ),
  reviews: (address, c) =>
    grpc(
      createGrpcTransport({ upstream: 'reviews', service: 'reviews', address, ...c }),
      createReviewsClient,
    ),
};

function rest<T extends Transport, C>(
  transport: T,
  client: (t: T) => C,
): { client: C; transport: T } {
  return { client: client(transport), transport };
}
const grpc = rest;

/**
 * Builds one pooled transport (REST) or long-lived channel (gRPC) per backend the BFF names,
 * once per process, with the clients on top of them.
 */
export function createUpstreamSet<K extends BackendName>(
  config: UpstreamsConfig<K>,
  metrics: UpstreamMetrics,
): UpstreamSet<K> {
  const common: Common = { timeoutMs: config.timeoutMs, metrics, resilience: config.resilience };
  const names = Object.keys(config.addresses) as K[];
  const built = new Map<K, Built<K>>();
  for (const name of names) {
    const build = BUILDERS[name] as (address: string, common: Common) => Built<K>;
    built.set(name, build(config.addresses[name], common));
  }
  const transports = [...built.entries()].map(([name, b]) => [name, b.transport] as const);
  return {
    clients: Object.fromEntries([...built].map(([name, b]) => [name, b.client])) as Pick<
      Upstreams,
      K
    >,
    async checks() {
      const results = await Promise.all(
        transports.map(async ([name, t]) => [name, await t.checkHealth()] as const),
      );
      return Object.fromEntries(results);
    },
    circuitStates: () =>
      Object.fromEntries(transports.map(([name, t]) => [name, t.circuitState()])),
    async close() {
      await Promise.all(transports.map(([, t]) => t.close()));
    },
  };
}
