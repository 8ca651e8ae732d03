// Original file: protos/catalog/v1/catalog.proto


export interface BatchGetProductsBySkuRequest {
  'skus'?: (string)[];
}

export interface BatchGetProductsBySkuRequest__Output {
  'skus': (string)[];
}
