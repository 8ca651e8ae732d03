import type { Product, ProductView, RatingSummary, StockLevel } from '../../upstreams';
import { moneyShape } from './money';
import type { MoneyShape, ProductShape } from './types';

/** A part's value read through `read`; its Error as is; absent when the part was not asked. */
function fact<T, R>(part: T | Error | undefined, read: (value: T) => R): R | Error | undefined {
  if (part === undefined || part instanceof Error) return part as Error | undefined;
  return read(part as T);
}

const sku = (product: Product): string => product.sku;
const name = (product: Product): string => product.name;
const description = (product: Product): string => product.description;
const price = (product: Product): MoneyShape => moneyShape(product.price);
const category = (product: Product): string => product.category;
const imageUrl = (product: Product): string => product.imageUrl;
const inStock = (stock: StockLevel): boolean => stock.available > 0;
const rating = (summary: RatingSummary): number | null =>
  summary.count > 0 ? summary.average : null;
const reviewCount = (summary: RatingSummary): number => summary.count;

/**
 * The schema's Product from one product view. Every shape has the same properties in the same
 * order, so the executor's property reads stay monomorphic.
 */
export function productShape({ id, product, stock, rating: summary }: ProductView): ProductShape {
  return {
    id,
    sku: fact(product, sku),
    name: fact(product, name),
    description: fact(product, description),
    price: fact(product, price),
    category: fact(product, category),
    imageUrl: fact(product, imageUrl),
    inStock: fact(stock, inStock),
    rating: fact(summary, rating),
    reviewCount: fact(summary, reviewCount),
    catalogError: product instanceof Error ? product : undefined,
  };
}

/** A shape loaded for stock and rating only, completed with catalog data already in hand. */
export function withCatalog(shape: ProductShape, product: Product): ProductShape {
  return {
    ...productShape({ id: shape.id, product }),
    inStock: shape.inStock,
    rating: shape.rating,
    reviewCount: shape.reviewCount,
  };
}
