// Original file: protos/catalog/v1/catalog.proto


export interface SearchProductsRequest {
  /**
   * Case-insensitive substring of the name; empty matches every product.
   */
  'query'?: (string);
  /**
   * Exact category; empty matches every category.
   */
  'category'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface SearchProductsRequest__Output {
  /**
   * Case-insensitive substring of the name; empty matches every product.
   */
  'query': (string);
  /**
   * Exact category; empty matches every category.
   */
  'category': (string);
  'pageSize': (number);
  'pageToken': (string);
}
