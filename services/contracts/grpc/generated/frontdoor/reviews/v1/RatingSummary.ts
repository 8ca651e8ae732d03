// Original file: protos/reviews/v1/reviews.proto


export interface RatingSummary {
  'productId'?: (string);
  /**
   * Mean of the ratings, 0 when review_count is 0.
   */
  'averageRating'?: (number | string);
  'reviewCount'?: (number);
}

export interface RatingSummary__Output {
  'productId': (string);
  /**
   * Mean of the ratings, 0 when review_count is 0.
   */
  'averageRating': (number);
  'reviewCount': (number);
}
