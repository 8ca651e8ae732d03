import pino from 'pino';
import { type RestBackendHandle, startOrdersBackend } from '../../../services/backends';
import { errorCode, fetchJson, postJson } from './http-test-client';

let orders: RestBackendHandle;
const buyer = (id: string) => ({ 'x-principal-kind': 'user', 'x-principal-id': id });
const order = (...items: Array<[string, number]>) => ({
  items: items.map(([product_id, quantity]) => ({ product_id, quantity })),
});

beforeAll(async () => {
  orders = await startOrdersBackend({ logger: pino({ level: 'silent' }) });
});
afterAll(() => orders.stop());
beforeEach(() => orders.calls.clear());

describe('orders backend: POST /orders rejections', () => {
  it.each([
    ['no principal headers', {}],
    ['no principal id', { 'x-principal-kind': 'user' }],
    ['no principal kind', { 'x-principal-id': 'u0001' }],
  ])('answers 401 UNAUTHENTICATED with %s, still recording the call', async (_label, headers) => {
    const { status, body } = await postJson(`${orders.url}/orders`, order(['p00001', 1]), headers);
    expect(status).toBe(401);
    expect(body).toEqual(errorCode('UNAUTHENTICATED'));
    expect(orders.calls.count('createOrder')).toBe(1);
  });

  it.each([
    ['a partner principal', { 'x-principal-kind': 'partner', 'x-principal-id': 'acme' }],
    ['an unknown user', buyer('u9999')],
  ])('answers 403 FORBIDDEN for %s', async (_label, headers) => {
    const { status, body } = await postJson(`${orders.url}/orders`, order(['p00001', 1]), headers);
    expect(status).toBe(403);
    expect(body).toEqual(errorCode('FORBIDDEN'));
  });

  const twentyOne = Array.from({ length: 21 }, (_, i): [string, number] => [
    `p${String(i + 1).padStart(5, '0')}`,
    1,
  ]);
  it.each([
    ['an unknown product', order(['p99999', 1])],
    ['quantity 0', order(['p00001', 0])],
    ['quantity 100', order(['p00001', 100])],
    ['a fractional quantity', order(['p00001', 1.5])],
    ['no items', order()],
    ['21 items', order(...twentyOne)],
    ['the same product twice', order(['p00001', 1], ['p00001', 2])],
  ])('answers 422 VALIDATION_FAILED for %s', async (_label, body) => {
    const response = await postJson(`${orders.url}/orders`, body, buyer('u0001'));
    expect(response.status).toBe(422);
    expect(response.body).toEqual(errorCode('VALIDATION_FAILED'));
  });

  it.each([
    ['a body that is not JSON', '{"items": ['],
    ['items that are not an array', { items: 'p00001' }],
    ['a malformed product id', order(['../p1', 1])],
    ['a quantity that is a string', { items: [{ product_id: 'p00001', quantity: '1' }] }],
    ['an empty JSON body', ''],
  ])('answers 400 INVALID_ARGUMENT for %s', async (_label, body) => {
    const response = await postJson(`${orders.url}/orders`, body, buyer('u0001'));
    expect(response.status).toBe(400);
    expect(response.body).toEqual(errorCode('INVALID_ARGUMENT'));
  });

  it('answers 400 for a malformed idempotency-key', async () => {
    const headers = { ...buyer('u0001'), 'idempotency-key': 'has space' };
    expect((await postJson(`${orders.url}/orders`, order(['p00001', 1]), headers)).status).toBe(
      400,
    );
  });

  it('answers 413 for a body over 64 KiB', async () => {
    const body = JSON.stringify({ items: [], padding: 'x'.repeat(70 * 1024) });
    const response = await postJson(`${orders.url}/orders`, body, buyer('u0001'));
    expect(response.status).toBe(413);
    expect(response.body).toEqual(errorCode('PAYLOAD_TOO_LARGE'));
  });

  it('answers 415 for a body that is not JSON by content type', async () => {
    const response = await fetchJson(`${orders.url}/orders`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...buyer('u0001') },
      body: 'p00001',
    });
    expect(response.status).toBe(415);
    expect(response.body).toEqual(errorCode('UNSUPPORTED_MEDIA_TYPE'));
  });
});
