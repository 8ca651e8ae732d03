import { AppError } from '../../../services/shared';
import {
  createProductViewLoader,
  ProductParts,
  type ProductView,
} from '../../../services/upstreams';
import { createFakeUpstreams, ctx } from './support/fake-upstreams';

const ALL = ProductParts.catalog | ProductParts.stock | ProductParts.rating;
const codeOf = (value: unknown) => (value instanceof AppError ? value.code : 'ok');
const identity = (view: ProductView) => view;

describe('createProductViewLoader', () => {
  it('loads every asked part of every product with one call per backend', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1', 'p2', 'p3'] });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity });
    const views = await Promise.all(
      ['p3', 'p1', 'p2'].map((id) => loader.load({ id, parts: ALL })),
    );
    expect(views.map((v) => [v.id, codeOf(v.product), codeOf(v.stock), codeOf(v.rating)])).toEqual([
      ['p3', 'ok', 'ok', 'ok'],
      ['p1', 'ok', 'ok', 'ok'],
      ['p2', 'ok', 'ok', 'ok'],
    ]);
    expect(views[0]?.product).toMatchObject({ id: 'p3' });
    expect(calls.map((c) => c.method).sort()).toEqual([
      'batchGetProducts',
      'batchGetRatingSummaries',
      'batchGetStockLevels',
    ]);
    for (const call of calls) expect(call.keys).toEqual(['p3', 'p1', 'p2']);
  });

  it('asks each backend only for the ids whose keys need it, and leaves other parts absent', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1', 'p2'] });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity });
    const [stockOnly, catalogOnly] = await Promise.all([
      loader.load({ id: 'p1', parts: ProductParts.stock }),
      loader.load({ id: 'p2', parts: ProductParts.catalog }),
    ]);
    expect(calls).toEqual([
      { method: 'batchGetProducts', keys: ['p2'] },
      { method: 'batchGetStockLevels', keys: ['p1'] },
    ]);
    expect(stockOnly).toMatchObject({ id: 'p1', product: undefined, rating: undefined });
    expect(stockOnly.stock).toMatchObject({ productId: 'p1' });
    expect(catalogOnly).toMatchObject({ id: 'p2', stock: undefined, rating: undefined });
  });

  it('sends an id once when keys with different parts share it', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1'] });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity });
    await Promise.all([
      loader.load({ id: 'p1', parts: ProductParts.catalog }),
      loader.load({ id: 'p1', parts: ALL }),
    ]);
    const catalog = calls.filter((c) => c.method === 'batchGetProducts');
    expect(catalog).toEqual([{ method: 'batchGetProducts', keys: ['p1'] }]);
  });

  it("fails only the failing backend's part, and marks unknown products NOT_FOUND per part", async () => {
    const { upstreams } = createFakeUpstreams({
      known: ['p1'],
      failing: ['batchGetStockLevels'],
    });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity });
    const [known, ghost] = await Promise.all([
      loader.load({ id: 'p1', parts: ALL }),
      loader.load({ id: 'ghost', parts: ALL }),
    ]);
    expect([codeOf(known.product), codeOf(known.stock), codeOf(known.rating)]).toEqual([
      'ok',
      'UPSTREAM_UNAVAILABLE',
      'ok',
    ]);
    expect(ghost.product).toMatchObject({ code: 'NOT_FOUND', upstream: 'catalog' });
    expect(ghost.rating).toMatchObject({ code: 'NOT_FOUND', upstream: 'reviews' });
  });

  it('gives an invalid id BAD_USER_INPUT without sending it', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1'] });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity });
    const results = await loader.loadMany([
      { id: 'p1', parts: ProductParts.catalog },
      { id: '../admin', parts: ProductParts.catalog },
    ]);
    expect(results.map(codeOf)).toEqual(['ok', 'BAD_USER_INPUT']);
    expect(calls).toEqual([{ method: 'batchGetProducts', keys: ['p1'] }]);
  });

  it('shapes each view once and caches it for the request', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1'] });
    const shape = jest.fn((view: ProductView) => ({ shaped: view.id }));
    const loader = createProductViewLoader(upstreams, ctx, { shape });
    expect(await loader.load({ id: 'p1', parts: ALL })).toEqual({ shaped: 'p1' });
    expect(await loader.load({ id: 'p1', parts: ALL })).toEqual({ shaped: 'p1' });
    expect(shape).toHaveBeenCalledTimes(1);
    expect(calls).toHaveLength(3);
  });

  it('makes one fetch per product when batching is off (the naive baseline)', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['p1', 'p2'] });
    const loader = createProductViewLoader(upstreams, ctx, { shape: identity, batch: false });
    await loader.loadMany(['p1', 'p2'].map((id) => ({ id, parts: ProductParts.catalog })));
    expect(calls.map((c) => c.keys)).toEqual([['p1'], ['p2']]);
  });
});
