import { AppError } from '../../../services/shared';
import { toOrder, toOrdersByUser } from '../../../services/upstreams/orders/wire';
import { toUser, toUsers } from '../../../services/upstreams/users/wire';
import { decodeWire } from '../../../services/upstreams/wire/decode-wire';

const userResource = {
  id: 'u1',
  display_name: 'Ada',
  email: 'ada@example.test',
  tier: 'plus',
  created_at: '2026-01-01T00:00:00Z',
  password_hash: '$argon2id$secret',
  internal_notes: 'VIP, do not refund',
};

const orderResource = {
  id: 'o1',
  user_id: 'u1',
  status: 'SHIPPED',
  created_at: '2026-02-01T10:00:00Z',
  currency: 'EUR',
  total_minor: 2500,
  items: [{ product_id: 'p1', quantity: 2, unit_price_minor: 1250 }],
};

const badResponse = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return 'no error';
};

describe('users wire mapping', () => {
  it('drops password_hash and internal_notes when mapping a UserResource to a User', () => {
    const user = toUser(userResource);
    expect(user).toEqual({ id: 'u1', name: 'Ada', email: 'ada@example.test', tier: 'plus' });
    expect(JSON.stringify(user)).not.toMatch(/argon2|refund|password|internal/);
  });

  it.each([
    ['a body that is not an object', 'oops'],
    ['users that is not an array', { users: {} }],
    ['a user without an id', { users: [{ ...userResource, id: undefined }] }],
    ['a user with an empty id', { users: [{ ...userResource, id: '' }] }],
    ['an unknown tier', { users: [{ ...userResource, tier: 'gold' }] }],
    ['a numeric display name', { users: [{ ...userResource, display_name: 42 }] }],
  ])('rejects %s as UPSTREAM_BAD_RESPONSE', (_case, payload) => {
    expect(badResponse(() => decodeWire('users', payload, toUsers))).toBe('UPSTREAM_BAD_RESPONSE');
  });
});

describe('orders wire mapping', () => {
  it('maps an OrderResource to an Order with Money in the order currency', () => {
    expect(toOrder(orderResource)).toEqual({
      id: 'o1',
      userId: 'u1',
      status: 'SHIPPED',
      createdAt: '2026-02-01T10:00:00Z',
      total: { amountMinor: 2500, currency: 'EUR' },
      items: [{ productId: 'p1', quantity: 2, unitPrice: { amountMinor: 1250, currency: 'EUR' } }],
    });
  });

  it('maps an OrdersBatchResponse to per-user lists', () => {
    const pairs = toOrdersByUser({ results: [{ user_id: 'u1', orders: [orderResource] }] });
    expect(pairs).toEqual([['u1', [toOrder(orderResource)]]]);
  });

  it.each([
    ['an unknown status', { ...orderResource, status: 'LOST' }],
    ['a fractional amount', { ...orderResource, total_minor: 12.5 }],
    ['a negative amount', { ...orderResource, total_minor: -1 }],
    ['a lower-case currency', { ...orderResource, currency: 'eur' }],
    ['a zero quantity', { ...orderResource, items: [{ ...orderResource.items[0], quantity: 0 }] }],
    ['items that is null', { ...orderResource, items: null }],
  ])('rejects an order with %s as UPSTREAM_BAD_RESPONSE', (_case, payload) => {
    expect(badResponse(() => decodeWire('orders', payload, toOrder))).toBe('UPSTREAM_BAD_RESPONSE');
  });

  it('keeps the failing path, not the value, in the cause', () => {
    try {
      decodeWire('orders', { ...orderResource, status: 'LOST' }, (p) => toOrder(p, 'body'));
    } catch (error) {
      expect((error as AppError).cause).toMatchObject({ path: 'body.status' });
      expect(String((error as AppError).cause)).not.toContain('LOST');
    }
    expect.assertions(2);
  });
});
