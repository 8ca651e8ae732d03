import type {
  OrderResource,
  ProductMessage,
  RatingSummaryMessage,
  StockLevelMessage,
} from '../../../services/contracts';
import { orderHistoryJson, productIdsOf } from '../../../scripts/bench/floor/order-history-json';

const order = (id: string, productIds: string[]): OrderResource => ({
  id,
  user_id: 'u0001',
  status: 'PAID',
  created_at: '2025-01-01T00:00:00Z',
  currency: 'USD',
  total_minor: 1205,
  items: productIds.map((product_id) => ({ product_id, quantity: 2, unit_price_minor: 600 })),
});

const product = (id: string): ProductMessage => ({
  id,
  sku: `SKU-${id}`,
  name: `Product ${id}`,
  description: '',
  price: { currencyCode: 'USD', amountMinor: 5 },
  category: 'c',
  imageUrl: '',
});

const facts = {
  products: new Map([['p1', product('p1')]]),
  stock: new Map<string, StockLevelMessage>([
    ['p1', { productId: 'p1', available: 0, reserved: 1 }],
  ]),
  ratings: new Map<string, RatingSummaryMessage>([
    ['p1', { productId: 'p1', averageRating: 4.5, reviewCount: 2 }],
  ]),
};

describe('orderHistoryJson', () => {
  it('shapes the response as the BFF does: decimal money, inStock, rating', () => {
    const user = {
      id: 'u0001',
      display_name: 'Ada',
      email: '',
      tier: 'plus' as const,
      created_at: '',
      password_hash: 'x',
      internal_notes: 'x',
    };
    expect(orderHistoryJson('u0001', user, [order('o1', ['p1'])], facts)).toEqual({
      data: {
        me: {
          id: 'u0001',
          name: 'Ada',
          orders: [
            {
              id: 'o1',
              status: 'PAID',
              total: { amount: '12.05', currency: 'USD' },
              items: [
                {
                  quantity: 2,
                  product: {
                    id: 'p1',
                    name: 'Product p1',
                    price: { amount: '0.05', currency: 'USD' },
                    inStock: false,
                    rating: 4.5,
                  },
                },
              ],
            },
          ],
        },
      },
    });
  });

  it('gives null for an unknown product and for a rating without reviews', () => {
    const none = {
      ...facts,
      ratings: new Map([['p1', { productId: 'p1', averageRating: 0, reviewCount: 0 }]]),
    };
    const json = orderHistoryJson('u0001', undefined, [order('o1', ['p1', 'gone'])], none);
    const items = (json as { data: { me: { name: null; orders: [{ items: unknown[] }] } } }).data
      .me;
    expect(items.name).toBeNull();
    expect(items.orders[0].items).toEqual([
      { quantity: 2, product: expect.objectContaining({ id: 'p1', rating: null }) },
      { quantity: 2, product: null },
    ]);
  });
});

describe('productIdsOf', () => {
  it('lists distinct product ids in first-seen order', () => {
    expect(productIdsOf([order('o1', ['p2', 'p1']), order('o2', ['p1', 'p3'])])).toEqual([
      'p2',
      'p1',
      'p3',
    ]);
  });
});
