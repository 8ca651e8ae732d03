import pino from 'pino';
import {
  getSampleData,
  type RestBackendHandle,
  startOrdersBackend,
} from '../../../services/backends';
import type { OrderResource, OrdersListResponse } from '../../../services/contracts';
import { errorCode, fetchJson, postJson } from './http-test-client';

let orders: RestBackendHandle;
const data = getSampleData();
const buyer = (id: string) => ({ 'x-principal-kind': 'user', 'x-principal-id': id });
const order = (...items: Array<[string, number]>) => ({
  items: items.map(([product_id, quantity]) => ({ product_id, quantity })),
});

beforeAll(async () => {
  orders = await startOrdersBackend({ logger: pino({ level: 'silent' }) });
});
afterAll(() => orders.stop());
beforeEach(() => orders.calls.clear());

describe('orders backend: POST /orders', () => {
  it('creates a PENDING order priced from the catalogue and answers 201', async () => {
    const { status, body } = await postJson<OrderResource>(
      `${orders.url}/orders`,
      order(['p00001', 2], ['p00002', 1]),
      buyer('u0002'),
    );
    const price = (id: string) => data.productsById.get(id)?.price.amountMinor ?? NaN;
    expect(status).toBe(201);
    expect(body).toEqual({
      id: `o-u0002-${String((data.ordersOf('u0002')?.length ?? 0) + 1).padStart(3, '0')}`,
      user_id: 'u0002',
      status: 'PENDING',
      created_at: expect.any(String),
      currency: 'USD',
      total_minor: 2 * price('p00001') + price('p00002'),
      items: [
        { product_id: 'p00001', quantity: 2, unit_price_minor: price('p00001') },
        { product_id: 'p00002', quantity: 1, unit_price_minor: price('p00002') },
      ],
    });
    expect(orders.calls.list()[0]).toMatchObject({
      operation: 'createOrder',
      principal: { kind: 'user', id: 'u0002' },
    });
  });

  it('lists a created order first in the buyer’s orders and serves it by id', async () => {
    const created = await postJson<OrderResource>(
      `${orders.url}/orders`,
      order(['p00003', 1]),
      buyer('u0003'),
    );
    const list = await fetchJson<OrdersListResponse>(`${orders.url}/users/u0003/orders?limit=100`);
    expect(list.body.orders[0]).toEqual(created.body);
    expect(list.body.orders).toHaveLength((data.ordersOf('u0003')?.length ?? 0) + 1);
    expect((await fetchJson(`${orders.url}/orders/${created.body.id}`)).body).toEqual(created.body);
  });

  it('returns the same order again for a repeated idempotency-key, creating no duplicate', async () => {
    const headers = { ...buyer('u0004'), 'idempotency-key': 'key-1' };
    const first = await postJson<OrderResource>(
      `${orders.url}/orders`,
      order(['p00004', 1]),
      headers,
    );
    const again = await postJson<OrderResource>(
      `${orders.url}/orders`,
      order(['p00004', 1]),
      headers,
    );
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const list = await fetchJson<OrdersListResponse>(`${orders.url}/users/u0004/orders?limit=100`);
    expect(list.body.orders.filter((o) => o.id === first.body.id)).toHaveLength(1);
    expect(list.body.orders).toHaveLength((data.ordersOf('u0004')?.length ?? 0) + 1);
  });

  it('keeps idempotency keys per buyer: the same key from another user creates another order', async () => {
    const key = { 'idempotency-key': 'shared-key' };
    const a = await postJson<OrderResource>(`${orders.url}/orders`, order(['p00005', 1]), {
      ...buyer('u0005'),
      ...key,
    });
    const b = await postJson<OrderResource>(`${orders.url}/orders`, order(['p00005', 1]), {
      ...buyer('u0006'),
      ...key,
    });
    expect(a.body.user_id).toBe('u0005');
    expect(b.body.user_id).toBe('u0006');
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED when a key comes back with a different order', async () => {
    const headers = { ...buyer('u0007'), 'idempotency-key': 'key-2' };
    await postJson(`${orders.url}/orders`, order(['p00006', 1]), headers);
    const reused = await postJson(`${orders.url}/orders`, order(['p00006', 2]), headers);
    expect(reused.status).toBe(422);
    expect(reused.body).toEqual(errorCode('IDEMPOTENCY_KEY_REUSED'));
  });
});
