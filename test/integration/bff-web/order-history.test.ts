import { ORDER_HISTORY, metricValue, startWebStack, type WebStack } from '../../support/web-bff';

interface HistoryData {
  me: {
    id: string;
    name: string;
    orders: Array<{
      id: string;
      status: string;
      total: { amount: string; currency: string };
      items: Array<{
        quantity: number;
        product: { id: string; name: string; inStock: boolean; rating: number | null };
      }>;
    }>;
  };
}

const BACKENDS = ['users', 'orders', 'catalog', 'inventory', 'reviews'] as const;

describe('web OrderHistory', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
  });
  afterAll(() => stack.stop());
  beforeEach(() => stack.backends.clearCalls());

  it('answers the query with 20 orders, their items and products', async () => {
    const { status, body } = await stack.query(ORDER_HISTORY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const { me } = body.data as unknown as HistoryData;
    expect(me.id).toBe('u0001');
    expect(typeof me.name).toBe('string');
    expect(me.orders).toHaveLength(20);
    for (const order of me.orders) {
      expect(order.total.amount).toMatch(/^\d+\.\d{2}$/);
      expect(order.items.length).toBeGreaterThanOrEqual(1);
      expect(order.items.length).toBeLessThanOrEqual(5);
      for (const item of order.items) {
        expect(item.product.id).toMatch(/^p\d{5}$/);
        expect(typeof item.product.name).toBe('string');
        expect(typeof item.product.inStock).toBe('boolean');
      }
    }
  });

  it('costs exactly one call to each of the five backends, with every product id in one batch', async () => {
    const { body } = await stack.query(ORDER_HISTORY);
    const productIds = new Set(
      (body.data as unknown as HistoryData).me.orders.flatMap((o) =>
        o.items.map((i) => i.product.id),
      ),
    );
    const { users, orders, catalog, inventory, reviews } = stack.backends;
    expect(users.calls.list().map((c) => c.operation)).toEqual(['batchGetUsers']);
    expect(orders.calls.list().map((c) => c.operation)).toEqual(['batchListOrders']);
    expect(catalog.calls.list().map((c) => c.operation)).toEqual(['BatchGetProducts']);
    expect(inventory.calls.list().map((c) => c.operation)).toEqual(['BatchGetStockLevels']);
    expect(reviews.calls.list().map((c) => c.operation)).toEqual(['BatchGetRatingSummaries']);
    for (const backend of [catalog, inventory, reviews]) {
      expect(new Set(backend.calls.list()[0]?.keys)).toEqual(productIds);
    }
    expect(productIds.size).toBeGreaterThan(20);
  });

  it('counts one frontdoor_upstream_requests_total increment per backend call on /metrics', async () => {
    const name = 'frontdoor_upstream_requests_total';
    const before = await Promise.all(
      BACKENDS.map((upstream) => metricValue(stack.bff.adminUrl, name, { upstream })),
    );
    await stack.query(ORDER_HISTORY);
    const after = await Promise.all(
      BACKENDS.map((upstream) => metricValue(stack.bff.adminUrl, name, { upstream })),
    );
    expect(after.map((value, i) => value - (before[i] ?? 0))).toEqual([1, 1, 1, 1, 1]);
  });

  it('sends the request id to every backend', async () => {
    await stack.post(
      { query: ORDER_HISTORY },
      { authorization: `Bearer ${stack.token()}`, 'x-request-id': 'req-order-history-1' },
    );
    const all = BACKENDS.flatMap((name) => stack.backends[name].calls.list());
    expect(all).toHaveLength(5);
    expect(all.every((call) => call.requestId === 'req-order-history-1')).toBe(true);
  });

  it('never passes internal user fields on to the client', async () => {
    const { text } = await stack.query('{ me { id name email } }');
    expect(text).not.toMatch(/password|internal|hash/i);
  });
});
