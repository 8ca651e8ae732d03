// Original file: protos/catalog/v1/catalog.proto

import type { Product as _frontdoor_catalog_v1_Product, Product__Output as _frontdoor_catalog_v1_Product__Output } from '../../../frontdoor/catalog/v1/Product';

export interface SearchProductsResponse {
  'products'?: (_frontdoor_catalog_v1_Product)[];
  /**
   * Empty on the last page.
   */
  'nextPageToken'?: (string);
  'totalSize'?: (number);
}

export interface SearchProductsResponse__Output {
  'products': (_frontdoor_catalog_v1_Product__Output)[];
  /**
   * Empty on the last page.
   */
  'nextPageToken': (string);
  'totalSize': (number);
}
