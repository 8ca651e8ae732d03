import { status } from '@grpc/grpc-js';
import pino from 'pino';
import {
  getSampleData,
  type GrpcBackendHandle,
  startReviewsBackend,
} from '../../../services/backends';
import type {
  BatchGetRatingSummariesResponse,
  ListProductReviewsResponse,
  ReviewMessage,
} from '../../../services/contracts';
import { createHealthClient, createTestClient, type TestGrpcClient } from './grpc-test-client';

let reviews: GrpcBackendHandle;
let client: TestGrpcClient;
const data = getSampleData();
const withReviews = (count: number) =>
  data.products.find((p) => data.reviewsOf(p.id)?.length === count)?.id ?? '';

beforeAll(async () => {
  reviews = await startReviewsBackend({ logger: pino({ level: 'silent' }) });
  client = createTestClient('reviews', reviews.address);
});
afterAll(async () => {
  client.close();
  await reviews.stop();
});
beforeEach(() => reviews.calls.clear());

const list = (request: object) =>
  client.call<ListProductReviewsResponse>('ListProductReviews', request);

describe('reviews backend: BatchGetRatingSummaries', () => {
  it('returns a summary for every known product (average 0 without reviews), unknown ids absent', async () => {
    const ids = [withReviews(0), 'p99999', withReviews(5)];
    const response = await client.call<BatchGetRatingSummariesResponse>('BatchGetRatingSummaries', {
      productIds: ids,
    });
    expect(response.summaries).toEqual([
      { productId: ids[0], averageRating: 0, reviewCount: 0 },
      data.ratingSummaryOf(ids[2] ?? ''),
    ]);
    expect(response.summaries[1]?.reviewCount).toBe(5);
    expect(reviews.calls.list()[0]).toMatchObject({
      operation: 'BatchGetRatingSummaries',
      keys: ids,
    });
  });

  it('answers INVALID_ARGUMENT for 501 ids', async () => {
    const many = Array.from({ length: 501 }, (_, i) => `p${String(i + 1).padStart(5, '0')}`);
    await expect(
      client.call('BatchGetRatingSummaries', { productIds: many }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });
});

describe('reviews backend: ListProductReviews', () => {
  it('pages through a product’s reviews newest first', async () => {
    const productId = withReviews(8);
    const seen: ReviewMessage[] = [];
    let pageToken = '';
    do {
      const page = await list({ productId, pageSize: 3, pageToken });
      seen.push(...page.reviews);
      pageToken = page.nextPageToken;
    } while (pageToken !== '');
    expect(seen).toEqual(data.reviewsOf(productId));
    const times = seen.map((review) => review.createTime);
    expect(times).toEqual([...times].sort().reverse());
    expect(reviews.calls.count('ListProductReviews')).toBe(3);
    expect(reviews.calls.list()[0]?.keys).toEqual([productId]);
  });

  it('uses 10 as the page size when none is given', async () => {
    const page = await list({ productId: withReviews(8) });
    expect(page.reviews).toHaveLength(8);
    expect(page.nextPageToken).toBe('');
  });

  it('answers an empty list for a product without reviews', async () => {
    await expect(list({ productId: withReviews(0) })).resolves.toEqual({
      reviews: [],
      nextPageToken: '',
    });
  });

  it('answers NOT_FOUND for the reviews of an unknown product', async () => {
    await expect(list({ productId: 'p99999' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it.each([
    ['a malformed product id', { productId: 'p/1' }],
    ['page size 51', { productId: 'p00001', pageSize: 51 }],
    ['a forged page token', { productId: 'p00001', pageToken: 'bm9wZQ' }],
  ])('answers INVALID_ARGUMENT for %s', async (_label, request) => {
    await expect(list(request)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('answers INVALID_ARGUMENT for a page token of another product', async () => {
    const first = await list({ productId: withReviews(8), pageSize: 2 });
    await expect(
      list({ productId: withReviews(7), pageSize: 2, pageToken: first.nextPageToken }),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
  });

  it('answers grpc.health.v1 Check with SERVING', async () => {
    const health = createHealthClient(reviews.address);
    try {
      for (const service of ['', 'frontdoor.reviews.v1.ReviewsService']) {
        await expect(health.call('Check', { service })).resolves.toEqual({ status: 'SERVING' });
      }
    } finally {
      health.close();
    }
  });
});
