// Original file: protos/catalog/v1/catalog.proto

import type { Money as _frontdoor_catalog_v1_Money, Money__Output as _frontdoor_catalog_v1_Money__Output } from '../../../frontdoor/catalog/v1/Money';

export interface Product {
  'id'?: (string);
  'sku'?: (string);
  'name'?: (string);
  'description'?: (string);
  'price'?: (_frontdoor_catalog_v1_Money | null);
  'category'?: (string);
  'imageUrl'?: (string);
}

export interface Product__Output {
  'id': (string);
  'sku': (string);
  'name': (string);
  'description': (string);
  'price': (_frontdoor_catalog_v1_Money__Output | null);
  'category': (string);
  'imageUrl': (string);
}
