import { AppError } from '../../../services/shared';
import { toProductPage, toProducts } from '../../../services/upstreams/catalog/wire';
import { toStockLevels } from '../../../services/upstreams/inventory/wire';
import { toRatingSummaries, toReviewPage } from '../../../services/upstreams/reviews/wire';
import { decodeWire } from '../../../services/upstreams/wire/decode-wire';

const productMessage = {
  id: 'p1',
  sku: 'SKU-1',
  name: 'Lamp',
  description: 'A lamp',
  price: { currencyCode: 'USD', amountMinor: 1999 },
  category: 'home',
  imageUrl: 'https://img.example.test/p1.png',
};
const reviewMessage = {
  id: 'r1',
  productId: 'p1',
  authorId: 'u1',
  rating: 5,
  text: 'Great',
  createTime: '2026-03-01T00:00:00Z',
};

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};

describe('catalog wire mapping', () => {
  it('maps a ProductMessage to a Product with Money', () => {
    expect(toProducts({ products: [productMessage] })).toEqual([
      { ...productMessage, price: { amountMinor: 1999, currency: 'USD' } },
    ]);
  });

  it('turns the empty next_page_token of the last page into null', () => {
    const page = toProductPage({ products: [], nextPageToken: '', totalSize: 0 });
    expect(page.nextPageToken).toBeNull();
  });

  it.each([
    ['a product without a price', { products: [{ ...productMessage, price: null }] }],
    [
      'a price with a long amount as string',
      { products: [{ ...productMessage, price: { currencyCode: 'USD', amountMinor: '1999' } }] },
    ],
    ['products missing', {}],
  ])('rejects %s as UPSTREAM_BAD_RESPONSE', (_case, payload) => {
    expect(codeOf(() => decodeWire('catalog', payload, toProducts))).toBe('UPSTREAM_BAD_RESPONSE');
  });
});

describe('inventory and reviews wire mapping', () => {
  it('maps stock levels and rating summaries to camelCase domain types', () => {
    expect(
      toStockLevels({ stockLevels: [{ productId: 'p1', available: 3, reserved: 1 }] }),
    ).toEqual([{ productId: 'p1', available: 3, reserved: 1 }]);
    expect(
      toRatingSummaries({ summaries: [{ productId: 'p1', averageRating: 4.5, reviewCount: 2 }] }),
    ).toEqual([{ productId: 'p1', average: 4.5, count: 2 }]);
  });

  it('maps a review page, keeping a non-empty token', () => {
    expect(toReviewPage({ reviews: [reviewMessage], nextPageToken: 't2' })).toEqual({
      reviews: [
        {
          id: 'r1',
          productId: 'p1',
          authorId: 'u1',
          rating: 5,
          text: 'Great',
          createdAt: '2026-03-01T00:00:00Z',
        },
      ],
      nextPageToken: 't2',
    });
  });

  it.each([
    [
      'a negative stock level',
      () => toStockLevels({ stockLevels: [{ productId: 'p1', available: -1, reserved: 0 }] }),
    ],
    [
      'a NaN average',
      () =>
        toRatingSummaries({ summaries: [{ productId: 'p1', averageRating: NaN, reviewCount: 0 }] }),
    ],
    [
      'a rating of 6',
      () => toReviewPage({ reviews: [{ ...reviewMessage, rating: 6 }], nextPageToken: '' }),
    ],
  ])('rejects %s as UPSTREAM_BAD_RESPONSE', (_case, map: () => unknown) => {
    expect(codeOf(() => decodeWire('x', null, map))).toBe('UPSTREAM_BAD_RESPONSE');
  });
});
