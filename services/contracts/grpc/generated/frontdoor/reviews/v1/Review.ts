// Original file: protos/reviews/v1/reviews.proto


export interface Review {
  'id'?: (string);
  'productId'?: (string);
  'authorId'?: (string);
  /**
   * 1..5
   */
  'rating'?: (number);
  'text'?: (string);
  /**
   * RFC 3339.
   */
  'createTime'?: (string);
}

export interface Review__Output {
  'id': (string);
  'productId': (string);
  'authorId': (string);
  /**
   * 1..5
   */
  'rating': (number);
  'text': (string);
  /**
   * RFC 3339.
   */
  'createTime': (string);
}
