// Original file: protos/inventory/v1/inventory.proto


export interface StockLevel {
  'productId'?: (string);
  'available'?: (number);
  'reserved'?: (number);
}

export interface StockLevel__Output {
  'productId': (string);
  'available': (number);
  'reserved': (number);
}
