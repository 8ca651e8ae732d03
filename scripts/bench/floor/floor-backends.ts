import type {
  BatchGetProductsResponse,
  BatchGetRatingSummariesResponse,
  BatchGetStockLevelsResponse,
  OrdersBatchResponse,
  UsersBatchResponse,
} from '../../../services/contracts';
import { createGrpcUnary } from './grpc-unary';
import { createRestJson } from './rest-json';

export interface FloorBackendsConfig {
  usersUrl: string;
  ordersUrl: string;
  catalogAddress: string;
  inventoryAddress: string;
  reviewsAddress: string;
  timeoutMs: number;
}

/** The five batch calls OrderHistory needs, each taking the headers to propagate. */
export interface FloorBackends {
  users(ids: string[], headers: Record<string, string>): Promise<UsersBatchResponse>;
  orders(userIds: string[], limit: number, h: Record<string, string>): Promise<OrdersBatchResponse>;
  products(ids: string[], headers: Record<string, string>): Promise<BatchGetProductsResponse>;
  stock(ids: string[], headers: Record<string, string>): Promise<BatchGetStockLevelsResponse>;
  ratings(ids: string[], headers: Record<string, string>): Promise<BatchGetRatingSummariesResponse>;
  /** Calls sent so far, the floor's counterpart of frontdoor_upstream_requests_total. */
  calls(): number;
  close(): Promise<void>;
}

export function createFloorBackends(config: FloorBackendsConfig): FloorBackends {
  const { timeoutMs } = config;
  const users = createRestJson(config.usersUrl, timeoutMs);
  const orders = createRestJson(config.ordersUrl, timeoutMs);
  const catalog = createGrpcUnary('catalog', config.catalogAddress, timeoutMs);
  const inventory = createGrpcUnary('inventory', config.inventoryAddress, timeoutMs);
  const reviews = createGrpcUnary('reviews', config.reviewsAddress, timeoutMs);
  let sent = 0;
  const count = <T>(pending: Promise<T>): Promise<T> => {
    sent += 1;
    return pending;
  };
  // The same query-string encoding the BFF's REST transport uses (URLSearchParams).
  const query = (params: Record<string, string>): string => new URLSearchParams(params).toString();
  return {
    users: (ids, h) => count(users.get(`/users?${query({ ids: ids.join(',') })}`, h)),
    orders: (userIds, limit, h) =>
      count(
        orders.get(`/orders?${query({ user_ids: userIds.join(','), limit: String(limit) })}`, h),
      ),
    products: (ids, h) => count(catalog.call('BatchGetProducts', { ids }, h)),
    stock: (ids, h) => count(inventory.call('BatchGetStockLevels', { productIds: ids }, h)),
    ratings: (ids, h) => count(reviews.call('BatchGetRatingSummaries', { productIds: ids }, h)),
    calls: () => sent,
    async close() {
      await Promise.all([users.close(), orders.close()]);
      for (const client of [catalog, inventory, reviews]) client.close();
    },
  };
}
