import type { OrderResource } from '../../contracts';
import { BackendError } from '../common/backend-error';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { admitRest, headerReader, type RestApp } from '../common/rest-app';
import { orderId } from '../data/ids';
import type { OrderRecord, SampleData } from '../data/types';
import { readIdempotencyKey, requireBuyer } from './buyer';
import { fingerprint, validateCreateOrder, type ValidOrderLine } from './create-order-request';
import type { OrderStore } from './order-store';

function newOrder(id: string, userId: string, lines: readonly ValidOrderLine[]): OrderRecord {
  const items = lines.map(({ product, quantity }) => ({
    product_id: product.id,
    quantity,
    unit_price_minor: product.price.amountMinor,
  }));
  return Object.freeze({
    id,
    user_id: userId,
    status: 'PENDING',
    created_at: new Date().toISOString(),
    currency: 'USD',
    total_minor: items.reduce((sum, item) => sum + item.quantity * item.unit_price_minor, 0),
    items,
  });
}

/**
 * POST /orders. Steps: 1. identify the buyer (401/403); 2. validate the key and body
 * (400/422); 3. replay an earlier result for the same buyer and key, or reject the key's
 * reuse for a different order (422); 4. create and store the order (201).
 */
export function registerCreateRoute(
  app: RestApp,
  options: ResolvedBackendOptions,
  data: SampleData,
  store: OrderStore,
): void {
  app.post('/orders', async (request, reply): Promise<OrderResource> => {
    await admitRest(options, request, 'createOrder', []);
    const read = headerReader(request);
    const userId = requireBuyer(read, data);
    const key = readIdempotencyKey(read);
    const lines = validateCreateOrder(request.body, data);
    const print = fingerprint(lines);
    const earlier = key === undefined ? undefined : store.replay(userId, key);
    if (earlier && earlier.fingerprint !== print) {
      throw new BackendError(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency-key was used for another order.',
      );
    }
    reply.code(201);
    if (earlier) {
      reply.header('idempotent-replayed', 'true');
      return earlier.order;
    }
    const count = (data.ordersOf(userId)?.length ?? 0) + store.createdFor(userId).length;
    const order = newOrder(orderId(userId, count + 1), userId, lines);
    store.add(order, key === undefined ? undefined : { key, fingerprint: print });
    return order;
  });
}
