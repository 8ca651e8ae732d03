import type DataLoader from 'dataloader';
import { type CallContext } from '../call-context';
import { type CatalogClient } from '../catalog/client';
import { type Product } from '../catalog/types';
import { isValidId } from '../input-guards';
import { type InventoryClient } from '../inventory/client';
import { type StockLevel } from '../inventory/types';
import { type OrdersClient } from '../orders/client';
import { type Order } from '../orders/types';
import { type ReviewsClient } from '../reviews/client';
import { type RatingSummary } from '../reviews/types';
import { type Upstreams } from '../upstreams';
import { type UsersClient } from '../users/client';
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

export interface UsersLoaders {
  userById: DataLoader<string, User>;
}
export interface OrdersLoaders {
  ordersByUser: DataLoader<OrdersByUserKey, Order[], string>;
}
export interface CatalogLoaders {
  productById: DataLoader<string, Product>;
  productBySku: DataLoader<string, Product>;
}
export interface InventoryLoaders {
  stockByProductId: DataLoader<string, StockLevel>;
}
export interface ReviewsLoaders {
  ratingByProductId: DataLoader<string, RatingSummary>;
}
export type Loaders = UsersLoaders &
  OrdersLoaders &
  CatalogLoaders &
  InventoryLoaders &
  ReviewsLoaders;

type Common = { batch: boolean; maxBatchSize: number };
const common = (options: LoaderOptions): Common => ({
  batch: options.batch ?? true,
  maxBatchSize: options.maxBatchSize ?? 100,
});

function byId<V>(
  options: LoaderOptions,
  upstream: string,
  fetch: (ids: readonly string[]) => Promise<ReadonlyMap<string, V>>,
): DataLoader<string, V> {
  return createBatchLoader<string, V, string>({
    ...common(options),
    upstream,
    fetch,
    keyOf: (id) => id,
    isValidKey: isValidId,
  });
}

// One factory per backend, so a BFF builds loaders only for the backends it uses and a new
// backend adds its own factory instead of growing a shared one.
export const createUsersLoaders = (
  users: UsersClient,
  ctx: CallContext,
  options: LoaderOptions = {},
): UsersLoaders => ({
  userById: byId(options, 'users', (ids) => users.batchGetUsers(ctx, ids)),
});

export const createOrdersLoaders = (
  orders: OrdersClient,
  ctx: CallContext,
  options: LoaderOptions = {},
): OrdersLoaders => ({
  ordersByUser: createBatchLoader<OrdersByUserKey, Order[], string>({
    ...common(options),
    upstream: 'orders',
    fetch: (keys) => fetchOrdersGroupedByLimit(orders, ctx, keys),
    keyOf: ordersByUserCacheKey,
    isValidKey: isValidOrdersByUserKey,
  }),
});

export const createCatalogLoaders = (
  catalog: CatalogClient,
  ctx: CallContext,
  options: LoaderOptions = {},
): CatalogLoaders => ({
  productById: byId(options, 'catalog', (ids) => catalog.batchGetProducts(ctx, ids)),
  productBySku: byId(options, 'catalog', (skus) => catalog.batchGetProductsBySku(ctx, skus)),
});

export const createInventoryLoaders = (
  inventory: InventoryClient,
  ctx: CallContext,
  options: LoaderOptions = {},
): InventoryLoaders => ({
  stockByProductId: byId(options, 'inventory', (ids) => inventory.batchGetStockLevels(ctx, ids)),
});

export const createReviewsLoaders = (
  reviews: ReviewsClient,
  ctx: CallContext,
  options: LoaderOptions = {},
): ReviewsLoaders => ({
  ratingByProductId: byId(options, 'reviews', (ids) => reviews.batchGetRatingSummaries(ctx, ids)),
});

/**
 * All loaders of ONE request, bound to its CallContext (deadline, signal, identity). Create
 * them per request: their caches hold what this caller may see and must never serve another.
 */
export function createLoaders(
  upstreams: Upstreams,
  ctx: CallContext,
  options: LoaderOptions = {},
): Loaders {
  return {
    ...createUsersLoaders(upstreams.users, ctx, options),
    ...createOrdersLoaders(upstreams.orders, ctx, options),
    ...createCatalogLoaders(upstreams.catalog, ctx, options),
    ...createInventoryLoaders(upstreams.inventory, ctx, options),
    ...createReviewsLoaders(upstreams.reviews, ctx, options),
  };
}
