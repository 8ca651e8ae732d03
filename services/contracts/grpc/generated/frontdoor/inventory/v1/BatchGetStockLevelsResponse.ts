// Original file: protos/inventory/v1/inventory.proto

import type { StockLevel as _frontdoor_inventory_v1_StockLevel, StockLevel__Output as _frontdoor_inventory_v1_StockLevel__Output } from '../../../frontdoor/inventory/v1/StockLevel';

export interface BatchGetStockLevelsResponse {
  'stockLevels'?: (_frontdoor_inventory_v1_StockLevel)[];
}

export interface BatchGetStockLevelsResponse__Output {
  'stockLevels': (_frontdoor_inventory_v1_StockLevel__Output)[];
}
