import {
  readArray,
  readCurrency,
  readId,
  readInteger,
  readRecord,
  readString,
} from '../wire/wire-readers';
import { type Money } from '../money';
import { type Product, type ProductPage } from './types';

/** MoneyMessage -> Money. A product without a price is a broken answer, not a free one. */
export function toMoney(value: unknown, path: string): Money {
  const wire = readRecord(value, path);
  return {
    amountMinor: readInteger(wire['amountMinor'], `${path}.amountMinor`),
    currency: readCurrency(wire['currencyCode'], `${path}.currencyCode`),
  };
}

/** ProductMessage -> Product. */
export function toProduct(value: unknown, path = 'product'): Product {
  const wire = readRecord(value, path);
  return {
    id: readId(wire['id'], `${path}.id`),
    sku: readString(wire['sku'], `${path}.sku`),
    name: readString(wire['name'], `${path}.name`),
    description: readString(wire['description'], `${path}.description`),
    price: toMoney(wire['price'], `${path}.price`),
    category: readString(wire['category'], `${path}.category`),
    imageUrl: readString(wire['imageUrl'], `${path}.imageUrl`),
  };
}

/** BatchGetProductsResponse -> products. */
export function toProducts(value: unknown): Product[] {
  return readArray(readRecord(value, 'response')['products'], 'response.products', toProduct);
}

/** SearchProductsResponse -> ProductPage; proto3's empty token means "last page". */
export function toProductPage(value: unknown): ProductPage {
  const wire = readRecord(value, 'response');
  const token = readString(wire['nextPageToken'], 'response.nextPageToken');
  return {
    products: readArray(wire['products'], 'response.products', toProduct),
    nextPageToken: token === '' ? null : token,
    totalSize: readInteger(wire['totalSize'], 'response.totalSize'),
  };
}
