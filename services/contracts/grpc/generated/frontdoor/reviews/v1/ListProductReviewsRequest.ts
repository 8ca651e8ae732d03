// Original file: protos/reviews/v1/reviews.proto


export interface ListProductReviewsRequest {
  'productId'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListProductReviewsRequest__Output {
  'productId': (string);
  'pageSize': (number);
  'pageToken': (string);
}
