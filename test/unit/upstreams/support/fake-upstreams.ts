import { AppError } from '../../../../services/shared';
import {
  type CallContext,
  type Order,
  type Product,
  type RatingSummary,
  type StockLevel,
  type Upstreams,
  type User,
} from '../../../../services/upstreams';

export interface RecordedCall {
  method: string;
  keys: readonly string[];
  limit?: number;
}

export const ctx: CallContext = { requestId: 'req-1' };

export const user = (id: string): User => ({
  id,
  name: `User ${id}`,
  email: `${id}@x.test`,
  tier: 'standard',
});
export const product = (id: string): Product => ({
  id,
  sku: `SKU-${id}`,
  name: `Product ${id}`,
  description: '',
  price: { amountMinor: 100, currency: 'USD' },
  category: 'books',
  imageUrl: '',
});
export const order = (userId: string, n: number): Order => ({
  id: `${userId}-o${n}`,
  userId,
  status: 'PAID',
  createdAt: '2026-01-01T00:00:00Z',
  total: { amountMinor: 100, currency: 'USD' },
  items: [],
});

/**
 * Upstreams whose batch methods record every call and answer for the keys in `known`
 * only, so tests can assert on calls and on missing keys. `failing` makes a method reject.
 */
export function createFakeUpstreams(
  options: { known?: readonly string[]; failing?: readonly string[] } = {},
) {
  const calls: RecordedCall[] = [];
  const known = new Set(options.known ?? []);
  const failing = new Set(options.failing ?? []);
  const answer = async <V>(
    method: string,
    keys: readonly string[],
    make: (key: string) => V,
    limit?: number,
  ) => {
    calls.push({ method, keys: [...keys], ...(limit === undefined ? {} : { limit }) });
    await Promise.resolve();
    if (failing.has(method)) throw new AppError('UPSTREAM_UNAVAILABLE', { upstream: method });
    return new Map(keys.filter((key) => known.has(key)).map((key) => [key, make(key)] as const));
  };
  const unused = () => Promise.reject(new Error('not used by loaders'));
  const upstreams: Upstreams = {
    users: { getUser: unused, batchGetUsers: (_c, ids) => answer('batchGetUsers', ids, user) },
    orders: {
      listByUsers: (_c, ids, limit) =>
        answer(
          'listByUsers',
          ids,
          (id) => Array.from({ length: Math.min(limit, 3) }, (_, n) => order(id, n)),
          limit,
        ),
      getOrder: unused,
      createOrder: unused,
    },
    catalog: {
      getProduct: unused,
      batchGetProducts: (_c, ids) => answer('batchGetProducts', ids, product),
      batchGetProductsBySku: (_c, skus) => answer('batchGetProductsBySku', skus, product),
      searchProducts: unused,
    },
    inventory: {
      batchGetStockLevels: (_c, ids) =>
        answer('batchGetStockLevels', ids, (id): StockLevel => ({
          productId: id,
          available: 1,
          reserved: 0,
        })),
    },
    reviews: {
      batchGetRatingSummaries: (_c, ids) =>
        answer('batchGetRatingSummaries', ids, (id): RatingSummary => ({
          productId: id,
          average: 4,
          count: 2,
        })),
      listProductReviews: unused,
    },
  };
  return { upstreams, calls };
}
