// Original file: protos/reviews/v1/reviews.proto

import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchGetRatingSummariesRequest as _frontdoor_reviews_v1_BatchGetRatingSummariesRequest, BatchGetRatingSummariesRequest__Output as _frontdoor_reviews_v1_BatchGetRatingSummariesRequest__Output } from '../../../frontdoor/reviews/v1/BatchGetRatingSummariesRequest';
import type { BatchGetRatingSummariesResponse as _frontdoor_reviews_v1_BatchGetRatingSummariesResponse, BatchGetRatingSummariesResponse__Output as _frontdoor_reviews_v1_BatchGetRatingSummariesResponse__Output } from '../../../frontdoor/reviews/v1/BatchGetRatingSummariesResponse';
import type { ListProductReviewsRequest as _frontdoor_reviews_v1_ListProductReviewsRequest, ListProductReviewsRequest__Output as _frontdoor_reviews_v1_ListProductReviewsRequest__Output } from '../../../frontdoor/reviews/v1/ListProductReviewsRequest';
import type { ListProductReviewsResponse as _frontdoor_reviews_v1_ListProductReviewsResponse, ListProductReviewsResponse__Output as _frontdoor_reviews_v1_ListProductReviewsResponse__Output } from '../../../frontdoor/reviews/v1/ListProductReviewsResponse';

export interface ReviewsServiceDefinition {
  BatchGetRatingSummaries: MethodDefinition<_frontdoor_reviews_v1_BatchGetRatingSummariesRequest, _frontdoor_reviews_v1_BatchGetRatingSummariesResponse, _frontdoor_reviews_v1_BatchGetRatingSummariesRequest__Output, _frontdoor_reviews_v1_BatchGetRatingSummariesResponse__Output>
  ListProductReviews: MethodDefinition<_frontdoor_reviews_v1_ListProductReviewsRequest, _frontdoor_reviews_v1_ListProductReviewsResponse, _frontdoor_reviews_v1_ListProductReviewsRequest__Output, _frontdoor_reviews_v1_ListProductReviewsResponse__Output>
}
