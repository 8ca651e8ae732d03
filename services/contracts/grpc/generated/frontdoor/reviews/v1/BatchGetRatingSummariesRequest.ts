// Original file: protos/reviews/v1/reviews.proto


export interface BatchGetRatingSummariesRequest {
  'productIds'?: (string)[];
}

export interface BatchGetRatingSummariesRequest__Output {
  'productIds': (string)[];
}
