import { status } from '@grpc/grpc-js';
import pino from 'pino';
import {
  getSampleData,
  type GrpcBackendHandle,
  startCatalogBackend,
} from '../../../services/backends';
import type { BatchGetProductsResponse, ProductMessage } from '../../../services/contracts';
import { createHealthClient, createTestClient, type TestGrpcClient } from './grpc-test-client';

let catalog: GrpcBackendHandle;
let client: TestGrpcClient;
const data = getSampleData();
const productIds = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => 'p' + String(from + i).padStart(5, '0'));

beforeAll(async () => {
  catalog = await startCatalogBackend({ logger: pino({ level: 'silent' }) });
  client = createTestClient('catalog', catalog.address);
});
afterAll(async () => {
  client.close();
  await catalog.stop();
});
beforeEach(() => catalog.calls.clear());

describe('catalog backend: reads', () => {
  it('listens on 127.0.0.1 with the port the OS picked', () => {
    expect(catalog.address).toBe(`127.0.0.1:${catalog.port}`);
  });

  it('returns one product with its price in minor units', async () => {
    const product = await client.call<ProductMessage>('GetProduct', { id: 'p00001' });
    expect(product).toEqual({
      id: 'p00001',
      sku: data.productsById.get('p00001')?.sku,
      name: expect.any(String),
      description: expect.any(String),
      price: {
        currencyCode: 'USD',
        amountMinor: data.productsById.get('p00001')?.price.amountMinor,
      },
      category: expect.any(String),
      imageUrl: 'https://img.frontdoor.example/products/p00001.jpg',
    });
  });

  it('answers NOT_FOUND for an unknown product and INVALID_ARGUMENT for a bad id', async () => {
    await expect(client.call('GetProduct', { id: 'p99999' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    for (const id of ['', '../p1', 'p 1']) {
      await expect(client.call('GetProduct', { id })).rejects.toMatchObject({
        code: status.INVALID_ARGUMENT,
      });
    }
  });

  it('returns only the known products of a batch and records one call with all 60 ids', async () => {
    const ids = [...productIds(1, 58), 'p99998', 'p99999'];
    const response = await client.call<BatchGetProductsResponse>('BatchGetProducts', { ids });
    expect(response.products.map((product) => product.id)).toEqual(productIds(1, 58));
    expect(catalog.calls.count('BatchGetProducts')).toBe(1);
    expect(catalog.calls.list()[0]?.keys).toEqual(ids);
  });

  it('accepts 500 ids and answers INVALID_ARGUMENT for 501', async () => {
    const ok = await client.call<BatchGetProductsResponse>('BatchGetProducts', {
      ids: productIds(1, 500),
    });
    expect(ok.products).toHaveLength(500);
    await expect(
      client.call('BatchGetProducts', { ids: productIds(1, 501) }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('answers INVALID_ARGUMENT for a batch holding a malformed id', async () => {
    await expect(client.call('BatchGetProducts', { ids: ['p00001', 'p/2'] })).rejects.toMatchObject(
      { code: status.INVALID_ARGUMENT },
    );
  });

  it('finds products by SKU, leaving unknown SKUs out', async () => {
    const skus = [data.productsById.get('p00010')?.sku ?? '', 'SKU-NOPE00'];
    const response = await client.call<BatchGetProductsResponse>('BatchGetProductsBySku', { skus });
    expect(response.products.map((product) => product.id)).toEqual(['p00010']);
    expect(catalog.calls.list()[0]).toMatchObject({
      operation: 'BatchGetProductsBySku',
      keys: skus,
    });
  });

  it('answers grpc.health.v1 Check with SERVING for the server and for the service', async () => {
    const health = createHealthClient(catalog.address);
    try {
      for (const service of ['', 'frontdoor.catalog.v1.CatalogService']) {
        await expect(health.call('Check', { service })).resolves.toEqual({ status: 'SERVING' });
      }
      expect(catalog.calls.count()).toBe(0);
    } finally {
      health.close();
    }
  });
});
