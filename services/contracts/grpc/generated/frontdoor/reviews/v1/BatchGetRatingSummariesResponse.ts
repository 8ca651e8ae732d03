// Original file: protos/reviews/v1/reviews.proto

import type { RatingSummary as _frontdoor_reviews_v1_RatingSummary, RatingSummary__Output as _frontdoor_reviews_v1_RatingSummary__Output } from '../../../frontdoor/reviews/v1/RatingSummary';

export interface BatchGetRatingSummariesResponse {
  'summaries'?: (_frontdoor_reviews_v1_RatingSummary)[];
}

export interface BatchGetRatingSummariesResponse__Output {
  'summaries': (_frontdoor_reviews_v1_RatingSummary__Output)[];
}
