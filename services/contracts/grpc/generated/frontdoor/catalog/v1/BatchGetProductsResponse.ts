// Original file: protos/catalog/v1/catalog.proto

import type { Product as _frontdoor_catalog_v1_Product, Product__Output as _frontdoor_catalog_v1_Product__Output } from '../../../frontdoor/catalog/v1/Product';

export interface BatchGetProductsResponse {
  'products'?: (_frontdoor_catalog_v1_Product)[];
}

export interface BatchGetProductsResponse__Output {
  'products': (_frontdoor_catalog_v1_Product__Output)[];
}
