import { ORDERS_LIMIT_MAX } from '../../contracts';
import { type CallContext } from '../call-context';
import { isValidId } from '../input-guards';
import { type OrdersClient } from '../orders/client';
import { type Order } from '../orders/types';
import { asError } from './batch-loader';

export interface OrdersByUserKey {
  userId: string;
  /** Newest orders to return, 1..ORDERS_LIMIT_MAX. */
  limit: number;
}

/** Objects are not equal by value: the cache key makes two loads of the same page one. */
export function ordersByUserCacheKey(key: OrdersByUserKey): string {
  return `${key.limit}:${key.userId}`;
}

export function isValidOrdersByUserKey(key: OrdersByUserKey): boolean {
  return (
    isValidId(key.userId) &&
    Number.isInteger(key.limit) &&
    key.limit >= 1 &&
    key.limit <= ORDERS_LIMIT_MAX
  );
}

/**
 * The backend takes one limit per call, so a batch is grouped by limit: one call per
 * distinct limit, in parallel. A failed group fails only its own keys.
 */
export async function fetchOrdersGroupedByLimit(
  orders: OrdersClient,
  ctx: CallContext,
  keys: readonly OrdersByUserKey[],
): Promise<Map<string, Order[] | Error>> {
  const groups = new Map<number, string[]>();
  for (const { userId, limit } of keys) groups.set(limit, [...(groups.get(limit) ?? []), userId]);
  const results = new Map<string, Order[] | Error>();
  await Promise.all(
    [...groups].map(async ([limit, userIds]) => {
      try {
        const found = await orders.listByUsers(ctx, userIds, limit);
        for (const [userId, list] of found)
          results.set(ordersByUserCacheKey({ userId, limit }), list);
      } catch (error) {
        const failure = asError(error);
        for (const userId of userIds) results.set(ordersByUserCacheKey({ userId, limit }), failure);
      }
    }),
  );
  return results;
}
