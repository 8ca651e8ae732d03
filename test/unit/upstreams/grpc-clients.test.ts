import { AppError } from '../../../services/shared';
import {
  createCatalogClient,
  createInventoryClient,
  createReviewsClient,
} from '../../../services/upstreams';
import { createFakeGrpc } from './support/fake-transports';
import { ctx } from './support/fake-upstreams';

const product = (id: string) => ({
  id,
  sku: `SKU-${id}`,
  name: id,
  description: '',
  price: { currencyCode: 'USD', amountMinor: 100 },
  category: 'c',
  imageUrl: '',
});

const catalogEcho = () =>
  createFakeGrpc((method, request) => {
    if (method === 'SearchProducts')
      return { products: [product('p1')], nextPageToken: 'n', totalSize: 9 };
    const { ids, skus } = request as { ids?: string[]; skus?: string[] };
    return { products: (ids ?? skus?.map((s) => s.replace('SKU-', '')) ?? []).map(product) };
  });

describe('catalog client', () => {
  it('splits a batch larger than 500 ids into calls the backend accepts', async () => {
    const { grpc, calls } = catalogEcho();
    const ids = Array.from({ length: 501 }, (_, n) => `p${n}`);
    const products = await createCatalogClient(grpc).batchGetProducts(ctx, ids);
    expect(products.size).toBe(501);
    expect(calls.map((c) => c.options?.batchSize)).toEqual([500, 1]);
  });

  it('keys batchGetProductsBySku results by sku', async () => {
    const { grpc, calls } = catalogEcho();
    const bySku = await createCatalogClient(grpc).batchGetProductsBySku(ctx, ['SKU-p1']);
    expect(calls[0]).toMatchObject({
      method: 'BatchGetProductsBySku',
      request: { skus: ['SKU-p1'] },
    });
    expect(bySku.get('SKU-p1')?.id).toBe('p1');
  });

  it('fills proto3 defaults for absent search fields and maps the page', async () => {
    const { grpc, calls } = catalogEcho();
    const page = await createCatalogClient(grpc).searchProducts(ctx, { pageSize: 10 });
    expect(calls[0]?.request).toEqual({ query: '', category: '', pageSize: 10, pageToken: '' });
    expect(page).toMatchObject({ nextPageToken: 'n', totalSize: 9 });
  });

  it.each([
    ['a page size of 0', { pageSize: 0 }],
    ['a page size of 101', { pageSize: 101 }],
    ['a query of 201 characters', { pageSize: 10, query: 'q'.repeat(201) }],
  ])('refuses %s with BAD_USER_INPUT before any call', async (_case, input) => {
    const { grpc, calls } = catalogEcho();
    const promise = createCatalogClient(grpc).searchProducts(ctx, input);
    await expect(promise).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(calls).toHaveLength(0);
  });

  it('refuses an invalid id before any call', async () => {
    const { grpc, calls } = catalogEcho();
    await expect(createCatalogClient(grpc).getProduct(ctx, '..')).rejects.toBeInstanceOf(AppError);
    expect(calls).toHaveLength(0);
  });
});

describe('inventory and reviews clients', () => {
  it('returns an empty map without a call when asked for zero ids', async () => {
    const { grpc, calls } = createFakeGrpc(() => ({}));
    await expect(createInventoryClient(grpc).batchGetStockLevels(ctx, [])).resolves.toEqual(
      new Map(),
    );
    await expect(createReviewsClient(grpc).batchGetRatingSummaries(ctx, [])).resolves.toEqual(
      new Map(),
    );
    expect(calls).toHaveLength(0);
  });

  it('keys stock levels and summaries by product id', async () => {
    const { grpc } = createFakeGrpc((method) =>
      method === 'BatchGetStockLevels'
        ? { stockLevels: [{ productId: 'p1', available: 4, reserved: 1 }] }
        : { summaries: [{ productId: 'p1', averageRating: 3.5, reviewCount: 2 }] },
    );
    const stock = await createInventoryClient(grpc).batchGetStockLevels(ctx, ['p1', 'p2']);
    const ratings = await createReviewsClient(grpc).batchGetRatingSummaries(ctx, ['p1']);
    expect(stock.get('p1')).toEqual({ productId: 'p1', available: 4, reserved: 1 });
    expect(stock.has('p2')).toBe(false);
    expect(ratings.get('p1')).toEqual({ productId: 'p1', average: 3.5, count: 2 });
  });

  it('lists reviews with an explicit page size and maps the last page token to null', async () => {
    const { grpc, calls } = createFakeGrpc(() => ({ reviews: [], nextPageToken: '' }));
    const page = await createReviewsClient(grpc).listProductReviews(ctx, {
      productId: 'p1',
      pageSize: 5,
    });
    expect(calls[0]?.request).toEqual({ productId: 'p1', pageSize: 5, pageToken: '' });
    expect(page).toEqual({ reviews: [], nextPageToken: null });
  });

  it('refuses a review page size above 50 before any call', async () => {
    const { grpc, calls } = createFakeGrpc(() => ({}));
    const promise = createReviewsClient(grpc).listProductReviews(ctx, {
      productId: 'p1',
      pageSize: 51,
    });
    await expect(promise).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(calls).toHaveLength(0);
  });
});
