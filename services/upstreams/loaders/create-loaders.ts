import type DataLoader from 'dataloader';
import { type CallContext } from '../call-context';
import { type Product } from '../catalog/types';
import { isValidId } from '../input-guards';
import { type StockLevel } from '../inventory/types';
import { type Order } from '../orders/types';
import { type RatingSummary } from '../reviews/types';
import { type Upstreams } from '../upstreams';
import { type User } from '../users/types';
import { createBatchLoader } from './batch-loader';
import {
  fetchOrdersGroupedByLimit,
  isValidOrdersByUserKey,
  ordersByUserCacheKey,
  type OrdersByUserKey,
} from './orders-by-user';

export interface LoaderOptions {
  /** false = one backend call per key (DataLoader's batch:false), the benchmark baseline. Default true. */
  batch?: boolean;
  /** Keys per batch call. Default 100. */
  maxBatchSize?: number;
}

export interface Loaders {
  userById: DataLoader<string, User>;
  ordersByUser: DataLoader<OrdersByUserKey, Order[], string>;
  productById: DataLoader<string, Product>;
  productBySku: DataLoader<string, Product>;
  stockByProductId: DataLoader<string, StockLevel>;
  ratingByProductId: DataLoader<string, RatingSummary>;
}

/**
 * The loaders of ONE request, bound to its CallContext (deadline, signal, identity). Create
 * them per request: their caches hold what this caller may see and must never serve another.
 */
export function createLoaders(
  upstreams: Upstreams,
  ctx: CallContext,
  options: LoaderOptions = {},
): Loaders {
  const common = { batch: options.batch ?? true, maxBatchSize: options.maxBatchSize ?? 100 };
  const byId = <V>(
    upstream: string,
    fetch: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  ) =>
    createBatchLoader<string, V, string>({
      ...common,
      upstream,
      fetch,
      keyOf: (id) => id,
      isValidKey: isValidId,
    });
  const { users, orders, catalog, inventory, reviews } = upstreams;
  return {
    userById: byId('users', (ids) => users.batchGetUsers(ctx, ids)),
    ordersByUser: createBatchLoader<OrdersByUserKey, Order[], string>({
      ...common,
      upstream: 'orders',
      fetch: (keys) => fetchOrdersGroupedByLimit(orders, ctx, keys),
      keyOf: ordersByUserCacheKey,
      isValidKey: isValidOrdersByUserKey,
    }),
    productById: byId('catalog', (ids) => catalog.batchGetProducts(ctx, ids)),
    productBySku: byId('catalog', (skus) => catalog.batchGetProductsBySku(ctx, skus)),
    stockByProductId: byId('inventory', (ids) => inventory.batchGetStockLevels(ctx, ids)),
    ratingByProductId: byId('reviews', (ids) => reviews.batchGetRatingSummaries(ctx, ids)),
  };
}
