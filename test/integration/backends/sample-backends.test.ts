import { status } from '@grpc/grpc-js';
import { type SampleBackends, startSampleBackends } from '../../support/backends';
import { createTestClient } from './grpc-test-client';
import { fetchJson } from './http-test-client';

let backends: SampleBackends;

beforeAll(async () => {
  backends = await startSampleBackends();
});
afterAll(() => backends.stop());

describe('startSampleBackends', () => {
  it('starts all five on 127.0.0.1 with distinct ports', () => {
    const ports = [
      backends.users.port,
      backends.orders.port,
      backends.catalog.port,
      backends.inventory.port,
      backends.reviews.port,
    ];
    expect(new Set(ports).size).toBe(5);
    expect(backends.urls).toEqual({ users: backends.users.url, orders: backends.orders.url });
    expect(backends.addresses.catalog).toBe(`127.0.0.1:${backends.catalog.port}`);
  });

  it('counts calls across all backends and clears them together', async () => {
    const inventory = createTestClient('inventory', backends.addresses.inventory);
    try {
      await fetchJson(`${backends.urls.users}/users/u0001`);
      await fetchJson(`${backends.urls.orders}/users/u0001/orders`);
      await inventory.call('BatchGetStockLevels', { productIds: ['p00001'] });
      expect(backends.totalCalls()).toBe(3);
      backends.clearCalls();
      expect(backends.totalCalls()).toBe(0);
    } finally {
      inventory.close();
    }
  });
});

describe('startSampleBackends with knobs', () => {
  it('applies errorRate to every backend and releases the ports on stop', async () => {
    const failing = await startSampleBackends({ errorRate: 1 });
    const reviews = createTestClient('reviews', failing.addresses.reviews);
    try {
      expect((await fetchJson(`${failing.urls.orders}/orders/o-u0001-001`)).status).toBe(503);
      await expect(
        reviews.call('ListProductReviews', { productId: 'p00001' }),
      ).rejects.toMatchObject({ code: status.UNAVAILABLE });
    } finally {
      reviews.close();
      await failing.stop();
    }
    await expect(fetch(`${failing.urls.users}/healthz`)).rejects.toThrow();
  });
});
