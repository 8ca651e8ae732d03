// Original file: protos/catalog/v1/catalog.proto


export interface BatchGetProductsRequest {
  'ids'?: (string)[];
}

export interface BatchGetProductsRequest__Output {
  'ids': (string)[];
}
