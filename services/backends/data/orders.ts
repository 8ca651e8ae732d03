import type { OrderItemResource, OrderStatus } from '../../contracts';
import { DATA_EPOCH_MS, DAY_MS, isoAt } from './clock';
import { orderId } from './ids';
import { createPrng, type Prng } from './prng';
import type { OrderRecord, ProductRecord } from './types';
import { freeze } from './intrinsics';

const SPAN_SECONDS = (2 * 365 * DAY_MS) / 1_000;

/** Recent orders are still moving; old ones were delivered, and a few were cancelled. */
function statusFor(prng: Prng, ageMs: number): OrderStatus {
  if (prng.chance(0.06)) return 'CANCELLED';
  if (ageMs < 3 * DAY_MS) return prng.chance(0.5) ? 'PENDING' : 'PAID';
  if (ageMs < 14 * DAY_MS) return 'SHIPPED';
  return 'DELIVERED';
}

/**
 * `count` distinct instants in the two years before the epoch, oldest first, at least one
 * second apart: newest-first listings then have one well-defined order.
 */
function orderTimes(prng: Prng, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(DATA_EPOCH_MS - prng.int(60, SPAN_SECONDS) * 1_000);
  times.sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) {
    const previous = times[i - 1] as number;
    if ((times[i] as number) <= previous) times[i] = previous + 1_000;
  }
  return times;
}

function orderItems(prng: Prng, products: readonly ProductRecord[]): OrderItemResource[] {
  const chosen: ProductRecord[] = [];
  const wanted = prng.int(1, 5);
  while (chosen.length < wanted) {
    const product = prng.pick(products);
    if (!chosen.includes(product)) chosen.push(product);
  }
  const items = chosen.map((product) =>
    freeze({
      product_id: product.id,
      quantity: prng.int(1, 3),
      unit_price_minor: product.price.amountMinor,
    }),
  );
  // Frozen in place: the type stays the contract's mutable array, the data stays shared-safe.
  freeze(items);
  return items;
}

/**
 * One user's orders (20..40, each of 1..5 distinct products), newest first. Each user has
 * their own seed, so a user's orders can be built on first request without building the
 * other 30,000.
 */
export function generateUserOrders(
  user: string,
  products: readonly ProductRecord[],
): readonly OrderRecord[] {
  const prng = createPrng(`orders:${user}`);
  const times = orderTimes(prng, prng.int(20, 40));
  const orders = times.map((ms, index): OrderRecord => {
    const items = orderItems(prng, products);
    return freeze({
      id: orderId(user, index + 1),
      user_id: user,
      status: statusFor(prng, DATA_EPOCH_MS - ms),
      created_at: isoAt(ms),
      currency: 'USD',
      total_minor: items.reduce((sum, item) => sum + item.quantity * item.unit_price_minor, 0),
      items,
    });
  });
  return freeze(orders.reverse());
}
