/**
 * Message shapes as proto-loader delivers them with PROTO_LOADER_OPTIONS (camelCase, int64 as
 * number, defaults filled in): the `__Output` types proto-loader-gen-types writes to
 * generated/ with those same options (`npm run codegen`; `npm test` fails when they are stale).
 * The short names below are the ones the clients and sample backends import.
 */
export type { Money__Output as MoneyMessage } from './generated/frontdoor/catalog/v1/Money';
export type { Product__Output as ProductMessage } from './generated/frontdoor/catalog/v1/Product';
export type { BatchGetProductsRequest__Output as BatchGetProductsRequest } from './generated/frontdoor/catalog/v1/BatchGetProductsRequest';
export type { BatchGetProductsBySkuRequest__Output as BatchGetProductsBySkuRequest } from './generated/frontdoor/catalog/v1/BatchGetProductsBySkuRequest';
export type { BatchGetProductsResponse__Output as BatchGetProductsResponse } from './generated/frontdoor/catalog/v1/BatchGetProductsResponse';
export type { GetProductRequest__Output as GetProductRequest } from './generated/frontdoor/catalog/v1/GetProductRequest';
export type { SearchProductsRequest__Output as SearchProductsRequest } from './generated/frontdoor/catalog/v1/SearchProductsRequest';
export type { SearchProductsResponse__Output as SearchProductsResponse } from './generated/frontdoor/catalog/v1/SearchProductsResponse';

export type { StockLevel__Output as StockLevelMessage } from './generated/frontdoor/inventory/v1/StockLevel';
export type { BatchGetStockLevelsRequest__Output as BatchGetStockLevelsRequest } from './generated/frontdoor/inventory/v1/BatchGetStockLevelsRequest';
export type { BatchGetStockLevelsResponse__Output as BatchGetStockLevelsResponse } from './generated/frontdoor/inventory/v1/BatchGetStockLevelsResponse';

export type { RatingSummary__Output as RatingSummaryMessage } from './generated/frontdoor/reviews/v1/RatingSummary';
export type { Review__Output as ReviewMessage } from './generated/frontdoor/reviews/v1/Review';
export type { BatchGetRatingSummariesRequest__Output as BatchGetRatingSummariesRequest } from './generated/frontdoor/reviews/v1/BatchGetRatingSummariesRequest';
export type { BatchGetRatingSummariesResponse__Output as BatchGetRatingSummariesResponse } from './generated/frontdoor/reviews/v1/BatchGetRatingSummariesResponse';
export type { ListProductReviewsRequest__Output as ListProductReviewsRequest } from './generated/frontdoor/reviews/v1/ListProductReviewsRequest';
export type { ListProductReviewsResponse__Output as ListProductReviewsResponse } from './generated/frontdoor/reviews/v1/ListProductReviewsResponse';
