import pino from 'pino';
import { type RestBackendHandle, startOrdersBackend } from '../../../services/backends';
import type {
  OrderResource,
  OrdersBatchResponse,
  OrdersListResponse,
} from '../../../services/contracts';
import { errorCode, fetchJson } from './http-test-client';

let orders: RestBackendHandle;

beforeAll(async () => {
  orders = await startOrdersBackend({ logger: pino({ level: 'silent' }) });
});
afterAll(() => orders.stop());
beforeEach(() => orders.calls.clear());

const times = (list: OrderResource[]) => list.map((order) => Date.parse(order.created_at));

describe('orders backend: reads', () => {
  it('lists a user’s 20 newest orders by default, strictly newest first', async () => {
    const { status, body } = await fetchJson<OrdersListResponse>(
      `${orders.url}/users/u0001/orders`,
    );
    expect(status).toBe(200);
    expect(body.orders).toHaveLength(20);
    const created = times(body.orders);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(new Set(created).size).toBe(created.length);
    expect(orders.calls.list()[0]).toMatchObject({ operation: 'listUserOrders', keys: ['u0001'] });
  });

  it('honours limit, and limit=100 returns all of a user’s orders', async () => {
    const five = await fetchJson<OrdersListResponse>(`${orders.url}/users/u0001/orders?limit=5`);
    expect(five.body.orders).toHaveLength(5);
    const all = await fetchJson<OrdersListResponse>(`${orders.url}/users/u0001/orders?limit=100`);
    expect(all.body.orders.length).toBeGreaterThanOrEqual(20);
    expect(all.body.orders.length).toBeLessThanOrEqual(40);
  });

  it.each(['0', '101', 'abc', '-1', '2.5'])('answers 400 for limit=%s', async (limit) => {
    const { status, body } = await fetchJson(`${orders.url}/users/u0001/orders?limit=${limit}`);
    expect(status).toBe(400);
    expect(body).toEqual(errorCode('INVALID_ARGUMENT'));
  });

  it('answers 404 for the orders of an unknown user and 400 for a malformed id', async () => {
    expect((await fetchJson(`${orders.url}/users/u9999/orders`)).status).toBe(404);
    expect((await fetchJson(`${orders.url}/users/u%2F1/orders`)).status).toBe(400);
  });

  it('answers a batch with one entry per known user, in request order, each limited', async () => {
    const { status, body } = await fetchJson<OrdersBatchResponse>(
      `${orders.url}/orders?user_ids=u0002,u9999,u0001&limit=3`,
    );
    expect(status).toBe(200);
    expect(body.results.map((result) => result.user_id)).toEqual(['u0002', 'u0001']);
    for (const result of body.results) {
      expect(result.orders).toHaveLength(3);
      expect(result.orders.every((order) => order.user_id === result.user_id)).toBe(true);
    }
    expect(orders.calls.list()[0]).toMatchObject({
      operation: 'batchListOrders',
      keys: ['u0002', 'u9999', 'u0001'],
    });
  });

  it('answers 400 for a batch of 101 users, without user_ids, or with a bad limit', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `u${String(i + 1).padStart(4, '0')}`);
    for (const query of [`user_ids=${many.join(',')}`, '', 'user_ids=u0001&limit=0']) {
      const { status, body } = await fetchJson(`${orders.url}/orders?${query}`);
      expect(status).toBe(400);
      expect(body).toEqual(errorCode('INVALID_ARGUMENT'));
    }
  });

  it('returns one order by id with items and a total that adds up', async () => {
    const { status, body } = await fetchJson<OrderResource>(`${orders.url}/orders/o-u0001-001`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 'o-u0001-001', user_id: 'u0001', currency: 'USD' });
    const total = body.items.reduce((sum, item) => sum + item.quantity * item.unit_price_minor, 0);
    expect(body.total_minor).toBe(total);
    expect(orders.calls.list()[0]).toMatchObject({ operation: 'getOrder', keys: ['o-u0001-001'] });
  });

  it('answers 404 for an unknown order and 400 for a malformed order id', async () => {
    const missing = await fetchJson(`${orders.url}/orders/o-u0001-999`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual(errorCode('NOT_FOUND'));
    expect((await fetchJson(`${orders.url}/orders/o.u0001`)).status).toBe(400);
  });

  it('answers GET /healthz with ok without recording a call', async () => {
    expect((await fetchJson(`${orders.url}/healthz`)).body).toEqual({ status: 'ok' });
    expect(orders.calls.count()).toBe(0);
  });
});
