import { AppError } from '../../../services/shared';
import { createOrdersClient, createUsersClient } from '../../../services/upstreams';
import { createFakeRest } from './support/fake-transports';
import { ctx } from './support/fake-upstreams';

const userResource = (id: string) => ({
  id,
  display_name: id,
  email: `${id}@x.test`,
  tier: 'standard',
  created_at: '',
  password_hash: 'h',
  internal_notes: 'n',
});
const orderResource = {
  id: 'o1',
  user_id: 'u1',
  status: 'PAID',
  created_at: 't',
  currency: 'USD',
  total_minor: 5,
  items: [],
};

const usersEcho = () =>
  createFakeRest((req) => ({ users: (req.query?.['ids'] ?? '').split(',').map(userResource) }));

const rejectsWith = async (promise: Promise<unknown>, code: string) => {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code });
};

describe('users client', () => {
  it('returns an empty map without a call when asked for zero ids', async () => {
    const { rest, requests } = usersEcho();
    await expect(createUsersClient(rest).batchGetUsers(ctx, [])).resolves.toEqual(new Map());
    expect(requests).toHaveLength(0);
  });

  it('splits 250 ids into calls of USERS_BATCH_MAX (100) and records each batch size', async () => {
    const { rest, requests } = usersEcho();
    const ids = Array.from({ length: 250 }, (_, n) => `u${n}`);
    const users = await createUsersClient(rest).batchGetUsers(ctx, ids);
    expect(users.size).toBe(250);
    expect(requests.map((r) => r.batchSize)).toEqual([100, 100, 50]);
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/users' });
  });

  it('asks once for an id repeated in the input', async () => {
    const { rest, requests } = usersEcho();
    await createUsersClient(rest).batchGetUsers(ctx, ['a', 'a', 'b']);
    expect(requests[0]?.query).toEqual({ ids: 'a,b' });
  });

  it.each(['..', '../admin', 'a/b', 'a,b', '', 'x'.repeat(65), 'é'])(
    'refuses the id %p with BAD_USER_INPUT before any call',
    async (id) => {
      const { rest, requests } = usersEcho();
      await rejectsWith(createUsersClient(rest).getUser(ctx, id), 'BAD_USER_INPUT');
      await rejectsWith(createUsersClient(rest).batchGetUsers(ctx, ['ok', id]), 'BAD_USER_INPUT');
      expect(requests).toHaveLength(0);
    },
  );

  it('gets one user by path and never exposes internal fields', async () => {
    const { rest, requests } = createFakeRest(() => userResource('u1'));
    const user = await createUsersClient(rest).getUser(ctx, 'u1');
    expect(requests[0]?.path).toBe('/users/u1');
    expect(Object.keys(user).sort()).toEqual(['email', 'id', 'name', 'tier']);
  });

  it('rejects a junk payload with UPSTREAM_BAD_RESPONSE', async () => {
    const { rest } = createFakeRest(() => ({ users: [{ id: 'u1' }] }));
    await rejectsWith(createUsersClient(rest).batchGetUsers(ctx, ['u1']), 'UPSTREAM_BAD_RESPONSE');
  });
});

describe('orders client', () => {
  it('lists orders for several users in one call with their limit', async () => {
    const { rest, requests } = createFakeRest(() => ({
      results: [
        { user_id: 'u1', orders: [orderResource] },
        { user_id: 'u2', orders: [] },
      ],
    }));
    const byUser = await createOrdersClient(rest).listByUsers(ctx, ['u1', 'u2'], 5);
    expect(requests[0]).toMatchObject({
      path: '/orders',
      query: { user_ids: 'u1,u2', limit: '5' },
    });
    expect(byUser.get('u1')?.[0]?.id).toBe('o1');
    expect(byUser.get('u2')).toEqual([]);
  });

  it.each([0, 101, 2.5])('refuses limit %p with BAD_USER_INPUT before any call', async (limit) => {
    const { rest, requests } = createFakeRest(() => ({ results: [] }));
    await rejectsWith(createOrdersClient(rest).listByUsers(ctx, ['u1'], limit), 'BAD_USER_INPUT');
    expect(requests).toHaveLength(0);
  });

  it('creates an order with a snake_case body and the idempotency-key header', async () => {
    const { rest, requests } = createFakeRest(() => orderResource);
    const order = await createOrdersClient(rest).createOrder(ctx, {
      items: [{ productId: 'p1', quantity: 2 }],
      idempotencyKey: '3f2c9a10-0b7e-4c1d-9e55-0a9d1c0f6b21',
    });
    expect(order.id).toBe('o1');
    expect(requests[0]).toMatchObject({
      method: 'POST',
      path: '/orders',
      body: { items: [{ product_id: 'p1', quantity: 2 }] },
      headers: { 'idempotency-key': '3f2c9a10-0b7e-4c1d-9e55-0a9d1c0f6b21' },
    });
  });

  it.each([
    ['an empty item list', { items: [], idempotencyKey: 'key-12345' }],
    ['a zero quantity', { items: [{ productId: 'p1', quantity: 0 }], idempotencyKey: 'key-12345' }],
    [
      'a product id with a slash',
      { items: [{ productId: 'p/1', quantity: 1 }], idempotencyKey: 'key-12345' },
    ],
    [
      'an idempotency key with a newline',
      { items: [{ productId: 'p1', quantity: 1 }], idempotencyKey: 'key\r\nx-evil: 1' },
    ],
  ])('refuses %s with BAD_USER_INPUT before any call', async (_case, input) => {
    const { rest, requests } = createFakeRest(() => orderResource);
    await rejectsWith(createOrdersClient(rest).createOrder(ctx, input), 'BAD_USER_INPUT');
    expect(requests).toHaveLength(0);
  });
});
