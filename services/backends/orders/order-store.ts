import { BackendError } from '../common/backend-error';
import type { OrderRecord } from '../data/types';

export interface OrderStoreOptions {
  /** Orders kept in memory; creating one more is RESOURCE_EXHAUSTED (503). @default 10000 */
  maxOrders?: number;
}

/** What an idempotency key remembers: the order it created and the request it came from. */
export interface IdempotentResult {
  readonly order: OrderRecord;
  readonly fingerprint: string;
}

/** Orders created through POST /orders since the process started, on top of the seeded ones. */
export interface OrderStore {
  /** A user's created orders, newest first. */
  createdFor(userId: string): readonly OrderRecord[];
  byId(orderId: string): OrderRecord | undefined;
  /** The earlier result for this user and key, if any. */
  replay(userId: string, key: string): IdempotentResult | undefined;
  add(order: OrderRecord, idempotency?: { key: string; fingerprint: string }): void;
}

export function createOrderStore(options: OrderStoreOptions = {}): OrderStore {
  const maxOrders = options.maxOrders ?? 10_000;
  const byUser = new Map<string, OrderRecord[]>();
  const byId = new Map<string, OrderRecord>();
  // Keyed by user and key together: two buyers may pick the same key without colliding.
  const byKey = new Map<string, IdempotentResult>();
  const keyOf = (userId: string, key: string): string => `${userId}\u0000${key}`;
  return {
    createdFor: (userId) => byUser.get(userId) ?? [],
    byId: (orderId) => byId.get(orderId),
    replay: (userId, key) => byKey.get(keyOf(userId, key)),
    add(order, idempotency) {
      if (byId.size >= maxOrders) {
        throw new BackendError('RESOURCE_EXHAUSTED', 'The order store is full.');
      }
      byId.set(order.id, order);
      byUser.set(order.user_id, [order, ...(byUser.get(order.user_id) ?? [])]);
      if (idempotency) {
        byKey.set(keyOf(order.user_id, idempotency.key), {
          order,
          fingerprint: idempotency.fingerprint,
        });
      }
    },
  };
}
