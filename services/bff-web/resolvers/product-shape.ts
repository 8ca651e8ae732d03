import {
  readPart,
  type Product,
  type ProductView,
  type RatingSummary,
  type StockLevel,
} from '../../upstreams';
import { moneyShape } from './money';
import type { MoneyShape, ProductShape } from './types';

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
    sku: readPart(product, sku),
    name: readPart(product, name),
    description: readPart(product, description),
    price: readPart(product, price),
    category: readPart(product, category),
    imageUrl: readPart(product, imageUrl),
    inStock: readPart(stock, inStock),
    rating: readPart(summary, rating),
    reviewCount: readPart(summary, reviewCount),
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
