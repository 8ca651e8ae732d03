// Context, metrics and guards
export type { CallContext, CallIdentity } from './call-context';
export { createUpstreamMetrics, type UpstreamMetrics } from './upstream-metrics';
export { ID_PATTERN, isValidId } from './input-guards';
export type { Money } from './money';
// Transports
export {
  createRestTransport,
  type RestRequest,
  type RestTransport,
  type RestTransportOptions,
} from './rest/rest-transport';
export {
  createGrpcTransport,
  type GrpcTransport,
  type GrpcTransportOptions,
  type UnaryOptions,
} from './grpc/grpc-transport';
export type {
  BreakerOptions,
  BulkheadOptions,
  ResilienceOptions,
  RetryOptions,
} from './resilience/resilience-options';
export type { CircuitStateName } from './resilience/circuit-state';
export { codeForHttpStatus } from './rest/http-status-map';
export { codeForGrpcStatus } from './grpc/grpc-status-map';
// Clients and domain types
export { createUsersClient, type UsersClient } from './users/client';
export type { User, UserTier } from './users/types';
export { createOrdersClient, type OrdersClient } from './orders/client';
export type { CreateOrderInput, Order, OrderItem, OrderStatus } from './orders/types';
export { createCatalogClient, type CatalogClient } from './catalog/client';
export type { Product, ProductPage, SearchProductsInput } from './catalog/types';
export { createInventoryClient, type InventoryClient } from './inventory/client';
export type { StockLevel } from './inventory/types';
export { createReviewsClient, type ReviewsClient } from './reviews/client';
export type { ListProductReviewsInput, RatingSummary, Review, ReviewPage } from './reviews/types';
export type { Upstreams } from './upstreams';
// Per-request loaders
export {
  createLoaders,
  createUsersLoaders,
  createOrdersLoaders,
  createCatalogLoaders,
  createInventoryLoaders,
  createReviewsLoaders,
  type LoaderOptions,
  type Loaders,
  type UsersLoaders,
  type OrdersLoaders,
  type CatalogLoaders,
  type InventoryLoaders,
  type ReviewsLoaders,
} from './loaders/create-loaders';
export type { OrdersByUserKey } from './loaders/orders-by-user';
export {
  createProductViewLoader,
  ProductParts,
  readPart,
  type ProductView,
  type ProductViewKey,
  type ProductViewClients,
  type ProductViewLoaderOptions,
} from './loaders/product-views';
export {
  createUpstreamSet,
  type BackendName,
  type UpstreamSet,
  type UpstreamsConfig,
} from './upstream-set';
export { readUpstreamsConfig, BACKEND_ADDRESSES } from './read-upstreams-config';
export { callContextOf, type RequestScope } from './call-context-of';
