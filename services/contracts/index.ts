export { PROTO_LOADER_OPTIONS } from './grpc/proto-loader-options';
export { GRPC_SERVICES, loadGrpcService, type GrpcServiceName } from './grpc/grpc-services';
export type * from './grpc/messages';
export type * from './rest/users-api';
export { USERS_BATCH_MAX } from './rest/users-api';
export type * from './rest/orders-api';
export { ORDERS_BATCH_MAX, ORDERS_LIMIT_MAX } from './rest/orders-api';
