export { startUsersBackend } from './users/server';
export { startOrdersBackend, type OrdersBackendOptions } from './orders/server';
export { startCatalogBackend } from './catalog/server';
export { startInventoryBackend } from './inventory/server';
export { startReviewsBackend } from './reviews/server';
export type {
  BackendOptions,
  GrpcBackendHandle,
  RestBackendHandle,
} from './common/backend-options';
export type { LatencyOptions } from './common/call-gate';
export type { CallRecord, CallRecorder, RecordedPrincipal } from './common/call-recorder';
export { ID_PATTERN } from './common/ids';
export { getSampleData } from './data/sample-data';
export type {
  OrderRecord,
  ProductRecord,
  RatingSummaryRecord,
  ReviewRecord,
  SampleData,
  StockRecord,
  UserRecord,
} from './data/types';
