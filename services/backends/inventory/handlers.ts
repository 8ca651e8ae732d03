import type * as grpc from '@grpc/grpc-js';
import type { BatchGetStockLevelsRequest, BatchGetStockLevelsResponse } from '../../contracts';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { unary } from '../common/grpc-unary';
import { assertValidIds, GRPC_BATCH_MAX, knownInOrder } from '../common/ids';
import type { SampleData } from '../data/types';

/** frontdoor.inventory.v1.InventoryService: known products have a level, unknown ids are absent. */
export function inventoryHandlers(
  options: ResolvedBackendOptions,
  data: SampleData,
): grpc.UntypedServiceImplementation {
  return {
    BatchGetStockLevels: unary(options, {
      operation: 'BatchGetStockLevels',
      keys: (request: BatchGetStockLevelsRequest) => request.productIds,
      handle: (request): BatchGetStockLevelsResponse => {
        assertValidIds(request.productIds, GRPC_BATCH_MAX, 'product_ids');
        const stockLevels = knownInOrder(request.productIds, (id) => data.stockByProduct.get(id));
        return { stockLevels };
      },
    }),
  };
}
