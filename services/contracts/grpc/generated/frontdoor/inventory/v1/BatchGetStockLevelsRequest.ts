// Original file: protos/inventory/v1/inventory.proto


export interface BatchGetStockLevelsRequest {
  'productIds'?: (string)[];
}

export interface BatchGetStockLevelsRequest__Output {
  'productIds': (string)[];
}
