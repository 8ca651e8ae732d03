// Original file: protos/reviews/v1/reviews.proto

import type { Review as _frontdoor_reviews_v1_Review, Review__Output as _frontdoor_reviews_v1_Review__Output } from '../../../frontdoor/reviews/v1/Review';

export interface ListProductReviewsResponse {
  'reviews'?: (_frontdoor_reviews_v1_Review)[];
  'nextPageToken'?: (string);
}

export interface ListProductReviewsResponse__Output {
  'reviews': (_frontdoor_reviews_v1_Review__Output)[];
  'nextPageToken': (string);
}
