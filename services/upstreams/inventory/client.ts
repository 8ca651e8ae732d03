import { type BatchGetStockLevelsRequest } from '../../contracts';
import { type CallContext } from '../call-context';
import { chunk, unique } from '../chunk';
import { GRPC_BATCH_MAX } from '../grpc/grpc-batch-max';
import { READ, type GrpcTransport } from '../grpc/grpc-transport';
import { assertValidIds } from '../input-guards';
import { decodeWire } from '../wire/decode-wire';
import { type StockLevel } from './types';
import { toStockLevels } from './wire';

export interface InventoryClient {
  /** Every known product has a level (possibly zero); unknown ids are absent. */
  batchGetStockLevels(
    ctx: CallContext,
    productIds: readonly string[],
  ): Promise<Map<string, StockLevel>>;
}

export function createInventoryClient(grpc: GrpcTransport): InventoryClient {
  const { upstream } = grpc;
  return {
    async batchGetStockLevels(ctx, productIds) {
      const wanted = unique(productIds);
      assertValidIds(upstream, wanted, 'productId');
      const pages = await Promise.all(
        chunk(wanted, GRPC_BATCH_MAX).map(async (slice) => {
          const method = 'BatchGetStockLevels';
          const response = await grpc.unary<BatchGetStockLevelsRequest, unknown>(
            ctx,
            method,
            { productIds: slice },
            method,
            { ...READ, batchSize: slice.length },
          );
          return decodeWire(upstream, response, toStockLevels);
        }),
      );
      return new Map(pages.flat().map((level) => [level.productId, level]));
    },
  };
}
