import type { Options } from '@grpc/proto-loader';

/**
 * The one set of proto-loader options, used by the servers, the clients and any type
 * generation: if two sides load the same proto differently (field case, int64 as string or
 * number), they disagree on the shape of every message.
 *
 * - keepCase false: fields arrive camelCase (`product_id` -> `productId`), matching domain types.
 * - longs Number: int64 minor-unit amounts stay far below 2^53.
 * - defaults true: absent scalars read as their zero value, as proto3 specifies.
 */
export const PROTO_LOADER_OPTIONS: Readonly<Options> = Object.freeze({
  keepCase: false,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
});
