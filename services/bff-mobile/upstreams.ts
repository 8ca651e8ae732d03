import {
  createCatalogClient,
  createGrpcTransport,
  createInventoryClient,
  createOrdersClient,
  createRestTransport,
  createReviewsClient,
  createUsersClient,
  type UpstreamMetrics,
  type Upstreams,
} from '../upstreams';
import type { MobileConfig } from './config';

export interface MobileUpstreams {
  readonly clients: Upstreams;
  /** Each backend's health, for /readyz. */
  checks(): Promise<Record<string, boolean>>;
  close(): Promise<void>;
}

/** Builds one pooled transport per backend, once per process. */
export function createMobileUpstreams(
  config: MobileConfig['upstreams'],
  metrics: UpstreamMetrics,
): MobileUpstreams {
  const timeoutMs = config.timeoutMs;
  const rest = {
    users: createRestTransport({ upstream: 'users', baseUrl: config.usersUrl, timeoutMs, metrics }),
    orders: createRestTransport({
      upstream: 'orders',
      baseUrl: config.ordersUrl,
      timeoutMs,
      metrics,
    }),
  };
  const grpc = {
    catalog: createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address: config.catalogAddress,
      timeoutMs,
      metrics,
    }),
    inventory: createGrpcTransport({
      upstream: 'inventory',
      service: 'inventory',
      address: config.inventoryAddress,
      timeoutMs,
      metrics,
    }),
    reviews: createGrpcTransport({
      upstream: 'reviews',
      service: 'reviews',
      address: config.reviewsAddress,
      timeoutMs,
      metrics,
    }),
  };
  const transports = { ...rest, ...grpc };
  return {
    clients: {
      users: createUsersClient(rest.users),
      orders: createOrdersClient(rest.orders),
      catalog: createCatalogClient(grpc.catalog),
      inventory: createInventoryClient(grpc.inventory),
      reviews: createReviewsClient(grpc.reviews),
    },
    async checks() {
      const entries = await Promise.all(
        Object.entries(transports).map(
          async ([name, transport]) => [name, await transport.checkHealth()] as const,
        ),
      );
      return Object.fromEntries(entries);
    },
    async close() {
      await Promise.all([rest.users.close(), rest.orders.close()]);
      for (const transport of Object.values(grpc)) transport.close();
    },
  };
}
