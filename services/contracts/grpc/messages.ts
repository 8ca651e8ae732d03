/**
 * Message shapes as proto-loader delivers them with PROTO_LOADER_OPTIONS (camelCase,
 * int64 as number, defaults filled in). Kept by hand in step with protos/ for now.
 */
export interface MoneyMessage {
  currencyCode: string;
  amountMinor: number;
}

export interface ProductMessage {
  id: string;
  sku: string;
  name: string;
  description: string;
  price: MoneyMessage | null;
  category: string;
  imageUrl: string;
}

export interface BatchGetProductsRequest {
  ids: string[];
}
export interface BatchGetProductsBySkuRequest {
  skus: string[];
}
export interface BatchGetProductsResponse {
  products: ProductMessage[];
}
export interface GetProductRequest {
  id: string;
}
export interface SearchProductsRequest {
  query: string;
  category: string;
  pageSize: number;
  pageToken: string;
}
export interface SearchProductsResponse {
  products: ProductMessage[];
  nextPageToken: string;
  totalSize: number;
}

export interface StockLevelMessage {
  productId: string;
  available: number;
  reserved: number;
}
export interface BatchGetStockLevelsRequest {
  productIds: string[];
}
export interface BatchGetStockLevelsResponse {
  stockLevels: StockLevelMessage[];
}

export interface RatingSummaryMessage {
  productId: string;
  averageRating: number;
  reviewCount: number;
}
export interface ReviewMessage {
  id: string;
  productId: string;
  authorId: string;
  rating: number;
  text: string;
  createTime: string;
}
export interface BatchGetRatingSummariesRequest {
  productIds: string[];
}
export interface BatchGetRatingSummariesResponse {
  summaries: RatingSummaryMessage[];
}
export interface ListProductReviewsRequest {
  productId: string;
  pageSize: number;
  pageToken: string;
}
export interface ListProductReviewsResponse {
  reviews: ReviewMessage[];
  nextPageToken: string;
}
