// Original file: protos/catalog/v1/catalog.proto

import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchGetProductsBySkuRequest as _frontdoor_catalog_v1_BatchGetProductsBySkuRequest, BatchGetProductsBySkuRequest__Output as _frontdoor_catalog_v1_BatchGetProductsBySkuRequest__Output } from '../../../frontdoor/catalog/v1/BatchGetProductsBySkuRequest';
import type { BatchGetProductsRequest as _frontdoor_catalog_v1_BatchGetProductsRequest, BatchGetProductsRequest__Output as _frontdoor_catalog_v1_BatchGetProductsRequest__Output } from '../../../frontdoor/catalog/v1/BatchGetProductsRequest';
import type { BatchGetProductsResponse as _frontdoor_catalog_v1_BatchGetProductsResponse, BatchGetProductsResponse__Output as _frontdoor_catalog_v1_BatchGetProductsResponse__Output } from '../../../frontdoor/catalog/v1/BatchGetProductsResponse';
import type { GetProductRequest as _frontdoor_catalog_v1_GetProductRequest, GetProductRequest__Output as _frontdoor_catalog_v1_GetProductRequest__Output } from '../../../frontdoor/catalog/v1/GetProductRequest';
import type { Product as _frontdoor_catalog_v1_Product, Product__Output as _frontdoor_catalog_v1_Product__Output } from '../../../frontdoor/catalog/v1/Product';
import type { SearchProductsRequest as _frontdoor_catalog_v1_SearchProductsRequest, SearchProductsRequest__Output as _frontdoor_catalog_v1_SearchProductsRequest__Output } from '../../../frontdoor/catalog/v1/SearchProductsRequest';
import type { SearchProductsResponse as _frontdoor_catalog_v1_SearchProductsResponse, SearchProductsResponse__Output as _frontdoor_catalog_v1_SearchProductsResponse__Output } from '../../../frontdoor/catalog/v1/SearchProductsResponse';

export interface CatalogServiceDefinition {
  BatchGetProducts: MethodDefinition<_frontdoor_catalog_v1_BatchGetProductsRequest, _frontdoor_catalog_v1_BatchGetProductsResponse, _frontdoor_catalog_v1_BatchGetProductsRequest__Output, _frontdoor_catalog_v1_BatchGetProductsResponse__Output>
  BatchGetProductsBySku: MethodDefinition<_frontdoor_catalog_v1_BatchGetProductsBySkuRequest, _frontdoor_catalog_v1_BatchGetProductsResponse, _frontdoor_catalog_v1_BatchGetProductsBySkuRequest__Output, _frontdoor_catalog_v1_BatchGetProductsResponse__Output>
  GetProduct: MethodDefinition<_frontdoor_catalog_v1_GetProductRequest, _frontdoor_catalog_v1_Product, _frontdoor_catalog_v1_GetProductRequest__Output, _frontdoor_catalog_v1_Product__Output>
  SearchProducts: MethodDefinition<_frontdoor_catalog_v1_SearchProductsRequest, _frontdoor_catalog_v1_SearchProductsResponse, _frontdoor_catalog_v1_SearchProductsRequest__Output, _frontdoor_catalog_v1_SearchProductsResponse__Output>
}
