import {
  type BatchGetRatingSummariesRequest,
  type ListProductReviewsRequest,
} from '../../contracts';
import { type CallContext } from '../call-context';
import { chunk, unique } from '../chunk';
import { GRPC_BATCH_MAX } from '../grpc/grpc-batch-max';
import { READ, type GrpcTransport } from '../grpc/grpc-transport';
import { assertIntInRange, assertMaxLength, assertValidIds } from '../input-guards';
import { decodeWire } from '../wire/decode-wire';
import { type ListProductReviewsInput, type RatingSummary, type ReviewPage } from './types';
import { toRatingSummaries, toReviewPage } from './wire';

export interface ReviewsClient {
  /** Every known product has a summary (count may be 0); unknown ids are absent. */
  batchGetRatingSummaries(
    ctx: CallContext,
    productIds: readonly string[],
  ): Promise<Map<string, RatingSummary>>;
  /** Newest first; NOT_FOUND for an unknown product. */
  listProductReviews(ctx: CallContext, input: ListProductReviewsInput): Promise<ReviewPage>;
}

const PAGE_SIZE = { min: 1, max: 50 };
const PAGE_TOKEN_MAX = 1024;

export function createReviewsClient(grpc: GrpcTransport): ReviewsClient {
  const { upstream } = grpc;
  return {
    async batchGetRatingSummaries(ctx, productIds) {
      const wanted = unique(productIds);
      assertValidIds(upstream, wanted, 'productId');
      const pages = await Promise.all(
        chunk(wanted, GRPC_BATCH_MAX).map(async (slice) => {
          const method = 'BatchGetRatingSummaries';
          const response = await grpc.unary<BatchGetRatingSummariesRequest, unknown>(
            ctx,
            method,
            { productIds: slice },
            method,
            { ...READ, batchSize: slice.length },
          );
          return decodeWire(upstream, response, toRatingSummaries);
        }),
      );
      return new Map(pages.flat().map((summary) => [summary.productId, summary]));
    },
    async listProductReviews(ctx, input) {
      assertValidIds(upstream, [input.productId], 'productId');
      assertIntInRange(upstream, input.pageSize, PAGE_SIZE, 'pageSize');
      const request: ListProductReviewsRequest = {
        productId: input.productId,
        pageSize: input.pageSize,
        pageToken: input.pageToken ?? '',
      };
      assertMaxLength(upstream, request.pageToken, PAGE_TOKEN_MAX, 'pageToken');
      const response = await grpc.unary<ListProductReviewsRequest, unknown>(
        ctx,
        'ListProductReviews',
        request,
        'ListProductReviews',
        READ,
      );
      return decodeWire(upstream, response, toReviewPage);
    },
  };
}
