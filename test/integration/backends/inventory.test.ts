import { status } from '@grpc/grpc-js';
import pino from 'pino';
import {
  getSampleData,
  type GrpcBackendHandle,
  startInventoryBackend,
} from '../../../services/backends';
import type { BatchGetStockLevelsResponse } from '../../../services/contracts';
import { createHealthClient, createTestClient, type TestGrpcClient } from './grpc-test-client';

let inventory: GrpcBackendHandle;
let client: TestGrpcClient;
const data = getSampleData();

beforeAll(async () => {
  inventory = await startInventoryBackend({ logger: pino({ level: 'silent' }) });
  client = createTestClient('inventory', inventory.address);
});
afterAll(async () => {
  client.close();
  await inventory.stop();
});
beforeEach(() => inventory.calls.clear());

const batch = (productIds: string[]) =>
  client.call<BatchGetStockLevelsResponse>('BatchGetStockLevels', { productIds });

describe('inventory backend', () => {
  it('returns a level for every known product, zero stock included, and leaves unknown ids out', async () => {
    const empty = data.products.find((p) => data.stockByProduct.get(p.id)?.available === 0);
    const stocked = data.products.find((p) => (data.stockByProduct.get(p.id)?.available ?? 0) > 0);
    const ids = [empty?.id ?? '', 'p99999', stocked?.id ?? ''];
    const response = await batch(ids);
    expect(response.stockLevels).toEqual([
      data.stockByProduct.get(ids[0] ?? ''),
      data.stockByProduct.get(ids[2] ?? ''),
    ]);
    expect(response.stockLevels[0]?.available).toBe(0);
    expect(inventory.calls.list()).toEqual([
      expect.objectContaining({ operation: 'BatchGetStockLevels', keys: ids }),
    ]);
  });

  it('answers an empty batch with no levels', async () => {
    await expect(batch([])).resolves.toEqual({ stockLevels: [] });
  });

  it('answers INVALID_ARGUMENT for 501 ids or a malformed id', async () => {
    const many = Array.from({ length: 501 }, (_, i) => `p${String(i + 1).padStart(5, '0')}`);
    await expect(batch(many)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(batch(['p00001', 'p 2'])).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('answers grpc.health.v1 Check with SERVING', async () => {
    const health = createHealthClient(inventory.address);
    try {
      for (const service of ['', 'frontdoor.inventory.v1.InventoryService']) {
        await expect(health.call('Check', { service })).resolves.toEqual({ status: 'SERVING' });
      }
    } finally {
      health.close();
    }
  });
});
