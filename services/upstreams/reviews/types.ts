export interface RatingSummary {
  productId: string;
  /** Mean rating, 0 when count is 0. */
  average: number;
  count: number;
}

export interface Review {
  id: string;
  productId: string;
  authorId: string;
  /** 1..5. */
  rating: number;
  text: string;
  /** RFC 3339. */
  createdAt: string;
}

export interface ReviewPage {
  reviews: Review[];
  /** null on the last page. */
  nextPageToken: string | null;
}

export interface ListProductReviewsInput {
  productId: string;
  /** 1..50. */
  pageSize: number;
  /** Opaque token from a previous page. */
  pageToken?: string;
}
