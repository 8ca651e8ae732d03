import { status } from '@grpc/grpc-js';
import pino from 'pino';
import {
  getSampleData,
  type GrpcBackendHandle,
  startCatalogBackend,
} from '../../../services/backends';
import type { SearchProductsResponse } from '../../../services/contracts';
import { createTestClient, type TestGrpcClient } from './grpc-test-client';

let catalog: GrpcBackendHandle;
let client: TestGrpcClient;
const data = getSampleData();

beforeAll(async () => {
  catalog = await startCatalogBackend({ logger: pino({ level: 'silent' }) });
  client = createTestClient('catalog', catalog.address);
});
afterAll(async () => {
  client.close();
  await catalog.stop();
});
beforeEach(() => catalog.calls.clear());

describe('catalog backend: SearchProducts', () => {
  const search = (request: object) =>
    client.call<SearchProductsResponse>('SearchProducts', request);

  it('matches names case-insensitively, ordered by id, with a total', async () => {
    const expected = data.products.filter((p) => p.name.toLowerCase().includes('tent'));
    const page = await search({ query: 'TeNt', pageSize: 100 });
    expect(page.totalSize).toBe(expected.length);
    expect(page.products.map((p) => p.id)).toEqual(expected.slice(0, 100).map((p) => p.id));
  });

  it('pages through every match with opaque tokens, the last page without a token', async () => {
    const wanted = data.products.filter((p) => p.category === 'garden' && p.name.includes('Oak'));
    const seen: string[] = [];
    let pageToken = '';
    do {
      const page = await search({ query: 'oak', category: 'garden', pageSize: 25, pageToken });
      seen.push(...page.products.map((p) => p.id));
      pageToken = page.nextPageToken;
    } while (pageToken !== '');
    expect(seen).toEqual(wanted.map((p) => p.id));
  });

  it('uses 20 as the page size when none is given', async () => {
    const page = await search({});
    expect(page.products).toHaveLength(20);
    expect(page.totalSize).toBe(10_000);
    expect(page.nextPageToken).not.toBe('');
  });

  it.each([
    ['page size 101', { pageSize: 101 }],
    ['a negative page size', { pageSize: -1 }],
    ['a forged page token', { pageToken: 'djE6MTA6ZGVhZGJlZWY' }],
    ['a page token that is not base64url', { pageToken: '!!' }],
    ['an overlong query', { query: 'x'.repeat(101) }],
  ])('answers INVALID_ARGUMENT for %s', async (_label, request) => {
    await expect(search(request)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('answers INVALID_ARGUMENT for a page token replayed with another query', async () => {
    const first = await search({ query: 'lamp', pageSize: 5 });
    await expect(
      search({ query: 'chair', pageSize: 5, pageToken: first.nextPageToken }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('returns an empty result for an unknown category', async () => {
    await expect(search({ category: 'weapons' })).resolves.toEqual({
      products: [],
      nextPageToken: '',
      totalSize: 0,
    });
  });
});
