// Original file: protos/inventory/v1/inventory.proto

import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchGetStockLevelsRequest as _frontdoor_inventory_v1_BatchGetStockLevelsRequest, BatchGetStockLevelsRequest__Output as _frontdoor_inventory_v1_BatchGetStockLevelsRequest__Output } from '../../../frontdoor/inventory/v1/BatchGetStockLevelsRequest';
import type { BatchGetStockLevelsResponse as _frontdoor_inventory_v1_BatchGetStockLevelsResponse, BatchGetStockLevelsResponse__Output as _frontdoor_inventory_v1_BatchGetStockLevelsResponse__Output } from '../../../frontdoor/inventory/v1/BatchGetStockLevelsResponse';

export interface InventoryServiceDefinition {
  BatchGetStockLevels: MethodDefinition<_frontdoor_inventory_v1_BatchGetStockLevelsRequest, _frontdoor_inventory_v1_BatchGetStockLevelsResponse, _frontdoor_inventory_v1_BatchGetStockLevelsRequest__Output, _frontdoor_inventory_v1_BatchGetStockLevelsResponse__Output>
}
