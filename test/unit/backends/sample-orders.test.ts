import { DATA_EPOCH_MS, DAY_MS } from '../../../services/backends/data/clock';
import { getSampleData } from '../../../services/backends/data/sample-data';
import type { OrderRecord, UserRecord } from '../../../services/backends/data/types';

const data = getSampleData();
const allOrders = data.users.map((user) => ({ user, orders: data.ordersOf(user.id) ?? [] }));
const STATUSES = new Set(['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED']);

// Invariants are checked in plain code and reported as a list: 30,000 orders times a dozen
// expect() calls would take Jest tens of seconds.
function listProblems(user: UserRecord, orders: readonly OrderRecord[]): string[] {
  const problems: string[] = [];
  if (orders.length < 20 || orders.length > 40)
    problems.push(`${user.id}: ${orders.length} orders`);
  if (orders.at(-1)?.id !== `o-${user.id}-001`) problems.push(`${user.id}: oldest is not 001`);
  orders.forEach((order, index) => {
    const previous = orders[index - 1];
    if (previous && Date.parse(previous.created_at) <= Date.parse(order.created_at)) {
      problems.push(`${order.id}: not strictly newest first`);
    }
    problems.push(...orderProblems(user, order));
  });
  return problems;
}

function orderProblems(user: UserRecord, order: OrderRecord): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(`${order.id}: ${what}`);
  check(order.user_id === user.id, 'user_id');
  check(order.currency === 'USD', 'currency');
  check(STATUSES.has(order.status), 'status');
  check(order.items.length >= 1 && order.items.length <= 5, 'item count');
  check(
    new Set(order.items.map((item) => item.product_id)).size === order.items.length,
    'distinct',
  );
  let total = 0;
  for (const item of order.items) {
    check(item.quantity >= 1 && item.quantity <= 3, 'quantity');
    const price = data.productsById.get(item.product_id)?.price.amountMinor;
    check(item.unit_price_minor === price, 'unit price');
    total += item.quantity * item.unit_price_minor;
  }
  check(order.total_minor === total, 'total');
  return problems;
}

describe('sample orders', () => {
  it('gives every user 20..40 orders of 1..5 distinct products, newest first, totals adding up', () => {
    expect(allOrders.flatMap(({ user, orders }) => listProblems(user, orders))).toEqual([]);
  });

  it('numbers each user’s orders from 001, the newest carrying the highest number', () => {
    const orders = data.ordersOf('u0001') ?? [];
    expect(orders[0]?.id).toBe(`o-u0001-${String(orders.length).padStart(3, '0')}`);
    expect(orders.at(-1)?.id).toBe('o-u0001-001');
  });

  it('spreads orders over the two years before the fixed epoch', () => {
    const times = allOrders.flatMap(({ orders }) => orders.map((o) => Date.parse(o.created_at)));
    expect(Math.max(...times)).toBeLessThanOrEqual(DATA_EPOCH_MS + 60_000);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DATA_EPOCH_MS - 2 * 365 * DAY_MS);
    expect(Math.min(...times)).toBeLessThan(DATA_EPOCH_MS - 365 * DAY_MS);
  });

  it('uses every order status', () => {
    const seen = new Set(allOrders.flatMap(({ orders }) => orders.map((order) => order.status)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});
