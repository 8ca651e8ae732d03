import type * as grpc from '@grpc/grpc-js';
import type {
  BatchGetRatingSummariesRequest,
  BatchGetRatingSummariesResponse,
  ListProductReviewsRequest,
  ListProductReviewsResponse,
} from '../../contracts';
import { BackendError } from '../common/backend-error';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { unary } from '../common/grpc-unary';
import { assertValidId, assertValidIds, GRPC_BATCH_MAX, knownInOrder } from '../common/ids';
import { decodePageToken, paginate, resolvePageSize } from '../common/page-token';
import type { SampleData } from '../data/types';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 50;

/** frontdoor.reviews.v1.ReviewsService. */
export function reviewsHandlers(
  options: ResolvedBackendOptions,
  data: SampleData,
): grpc.UntypedServiceImplementation {
  return {
    BatchGetRatingSummaries: unary(options, {
      operation: 'BatchGetRatingSummaries',
      keys: (request: BatchGetRatingSummariesRequest) => request.productIds,
      handle: (request): BatchGetRatingSummariesResponse => {
        assertValidIds(request.productIds, GRPC_BATCH_MAX, 'product_ids');
        return { summaries: knownInOrder(request.productIds, data.ratingSummaryOf) };
      },
    }),
    ListProductReviews: unary(options, {
      operation: 'ListProductReviews',
      keys: (request: ListProductReviewsRequest) => [request.productId],
      handle: (request): ListProductReviewsResponse => {
        assertValidId(request.productId, 'product_id');
        const size = resolvePageSize(request.pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        const reviews = data.reviewsOf(request.productId);
        if (!reviews) throw new BackendError('NOT_FOUND', 'No such product.');
        const scope = `reviews\u0000${request.productId}`;
        const offset = decodePageToken(request.pageToken, scope);
        const { page, nextPageToken } = paginate(reviews, offset, size, scope);
        return { reviews: page, nextPageToken };
      },
    }),
  };
}
