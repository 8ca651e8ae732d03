import {
  createCatalogClient,
  createGrpcTransport,
  createInventoryClient,
  createReviewsClient,
  type UpstreamMetrics,
} from '../upstreams';
import type { PartnerConfig } from './config';
import type { PartnerUpstreamClients } from './context';

export interface PartnerUpstreams {
  readonly clients: PartnerUpstreamClients;
  /** Each backend's health, for /readyz. */
  checks(): Promise<Record<string, boolean>>;
  close(): Promise<void>;
}

/** One long-lived gRPC channel per backend, built once per process. */
export function createPartnerUpstreams(
  config: PartnerConfig['upstreams'],
  metrics: UpstreamMetrics,
): PartnerUpstreams {
  const grpc = (upstream: 'catalog' | 'inventory' | 'reviews', address: string) =>
    createGrpcTransport({
      upstream,
      service: upstream,
      address,
      timeoutMs: config.timeoutMs,
      metrics,
    });
  const transports = {
    catalog: grpc('catalog', config.catalogAddress),
    inventory: grpc('inventory', config.inventoryAddress),
    reviews: grpc('reviews', config.reviewsAddress),
  };
  return {
    clients: {
      catalog: createCatalogClient(transports.catalog),
      inventory: createInventoryClient(transports.inventory),
      reviews: createReviewsClient(transports.reviews),
    },
    async checks() {
      const entries = await Promise.all(
        Object.entries(transports).map(async ([name, t]) => [name, await t.checkHealth()] as const),
      );
      return Object.fromEntries(entries);
    },
    async close() {
      for (const transport of Object.values(transports)) transport.close();
    },
  };
}
