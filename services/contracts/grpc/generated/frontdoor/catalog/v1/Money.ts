// Original file: protos/catalog/v1/catalog.proto

import type { Long } from '@grpc/proto-loader';

export interface Money {
  /**
   * ISO 4217, e.g. "USD".
   */
  'currencyCode'?: (string);
  /**
   * Minor units (cents for USD).
   */
  'amountMinor'?: (number | string | Long);
}

export interface Money__Output {
  /**
   * ISO 4217, e.g. "USD".
   */
  'currencyCode': (string);
  /**
   * Minor units (cents for USD).
   */
  'amountMinor': (number);
}
