import { AppError } from '../../../services/shared';
import { createLoaders } from '../../../services/upstreams';
import { createFakeUpstreams, ctx } from './support/fake-upstreams';

const codeOf = (value: unknown) => (value instanceof AppError ? value.code : 'ok');

describe('createLoaders', () => {
  it('returns results aligned to the keys in one batched call when the loads share a tick', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['a', 'b', 'c'] });
    const loaders = createLoaders(upstreams, ctx);
    const users = await Promise.all(['c', 'a', 'b'].map((id) => loaders.userById.load(id)));
    expect(users.map((u) => u.id)).toEqual(['c', 'a', 'b']);
    expect(calls).toEqual([{ method: 'batchGetUsers', keys: ['c', 'a', 'b'] }]);
  });

  it('puts NOT_FOUND in the slot of a key the backend did not return, and values in the others', async () => {
    const { upstreams } = createFakeUpstreams({ known: ['p1', 'p3'] });
    const loaders = createLoaders(upstreams, ctx);
    const results = await loaders.productById.loadMany(['p1', 'p2', 'p3']);
    expect(results.map(codeOf)).toEqual(['ok', 'NOT_FOUND', 'ok']);
    expect(results[1]).toMatchObject({ code: 'NOT_FOUND', upstream: 'catalog' });
  });

  it('puts the call error in every slot when the batch call fails, without rejecting the batch', async () => {
    const { upstreams } = createFakeUpstreams({
      known: ['p1', 'p2'],
      failing: ['batchGetStockLevels'],
    });
    const loaders = createLoaders(upstreams, ctx);
    const results = await loaders.stockByProductId.loadMany(['p1', 'p2']);
    expect(results.map(codeOf)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
  });

  it('splits keys into calls of at most maxBatchSize', async () => {
    const ids = Array.from({ length: 7 }, (_, n) => `p${n}`);
    const { upstreams, calls } = createFakeUpstreams({ known: ids });
    const loaders = createLoaders(upstreams, ctx, { maxBatchSize: 3 });
    await loaders.ratingByProductId.loadMany(ids);
    expect(calls.map((c) => c.keys.length)).toEqual([3, 3, 1]);
  });

  it('makes one call per key when batching is off (the naive baseline)', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['a', 'b', 'c'] });
    const loaders = createLoaders(upstreams, ctx, { batch: false });
    await loaders.userById.loadMany(['a', 'b', 'c']);
    expect(calls.map((c) => c.keys)).toEqual([['a'], ['b'], ['c']]);
  });

  it('serves a repeated key from the request cache without another call', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['a'] });
    const loaders = createLoaders(upstreams, ctx);
    await loaders.userById.load('a');
    await loaders.userById.load('a');
    expect(calls).toHaveLength(1);
  });

  it('gives an invalid key BAD_USER_INPUT without sending it or failing the valid keys', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['a'] });
    const loaders = createLoaders(upstreams, ctx);
    const results = await loaders.userById.loadMany(['a', '../admin']);
    expect(results.map(codeOf)).toEqual(['ok', 'BAD_USER_INPUT']);
    expect(calls).toEqual([{ method: 'batchGetUsers', keys: ['a'] }]);
  });

  it('sends no call when every key of a batch is invalid', async () => {
    const { upstreams, calls } = createFakeUpstreams();
    const results = await createLoaders(upstreams, ctx).productBySku.loadMany(['..', '']);
    expect(results.map(codeOf)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(calls).toHaveLength(0);
  });

  it('groups ordersByUser keys by limit: one backend call per distinct limit', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['u1', 'u2', 'u3'] });
    const loaders = createLoaders(upstreams, ctx);
    const [a, b, c, d] = await Promise.all([
      loaders.ordersByUser.load({ userId: 'u1', limit: 2 }),
      loaders.ordersByUser.load({ userId: 'u2', limit: 2 }),
      loaders.ordersByUser.load({ userId: 'u3', limit: 1 }),
      loaders.ordersByUser.load({ userId: 'u1', limit: 1 }),
    ]);
    expect([a, b, c, d].map((list) => list.length)).toEqual([2, 2, 1, 1]);
    expect(calls).toEqual([
      { method: 'listByUsers', keys: ['u1', 'u2'], limit: 2 },
      { method: 'listByUsers', keys: ['u3', 'u1'], limit: 1 },
    ]);
  });

  it('caches ordersByUser by value, so an equal key object is one load', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['u1'] });
    const loaders = createLoaders(upstreams, ctx);
    await Promise.all([
      loaders.ordersByUser.load({ userId: 'u1', limit: 5 }),
      loaders.ordersByUser.load({ userId: 'u1', limit: 5 }),
    ]);
    expect(calls).toEqual([{ method: 'listByUsers', keys: ['u1'], limit: 5 }]);
  });

  it('gives ordersByUser NOT_FOUND for an unknown user and BAD_USER_INPUT for an out-of-range limit', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['u1'] });
    const loaders = createLoaders(upstreams, ctx);
    const results = await loaders.ordersByUser.loadMany([
      { userId: 'u1', limit: 3 },
      { userId: 'ghost', limit: 3 },
      { userId: 'u1', limit: 0 },
    ]);
    expect(results.map(codeOf)).toEqual(['ok', 'NOT_FOUND', 'BAD_USER_INPUT']);
    expect(calls).toHaveLength(1);
  });

  it('keeps caches apart between two requests', async () => {
    const { upstreams, calls } = createFakeUpstreams({ known: ['a'] });
    await createLoaders(upstreams, ctx).userById.load('a');
    await createLoaders(upstreams, { requestId: 'req-2' }).userById.load('a');
    expect(calls).toHaveLength(2);
  });
});
