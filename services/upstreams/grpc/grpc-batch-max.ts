/**
 * Ids per batch call the gRPC backends accept ("At most 500 ... more is INVALID_ARGUMENT"
 * in protos/catalog, inventory and reviews); clients split larger batches.
 */
export const GRPC_BATCH_MAX = 500;
