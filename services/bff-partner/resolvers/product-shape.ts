import { createSelectionParts } from '../../edge';
import { formatMinorUnits } from '../../shared';
import {
  ProductParts,
  type Product,
  type ProductView,
  type RatingSummary,
  type StockLevel,
} from '../../upstreams';
import type { ProductShape } from './types';

/** Which of inventory and reviews a Product selection needs, looked ahead once per document. */
export const selectedEnrichment = createSelectionParts({
  stock: ProductParts.stock,
  rating: ProductParts.rating,
  reviewCount: ProductParts.rating,
});

/** A part's value read through `read`; its Error as is; absent when the part was not asked. */
function fact<T, R>(part: T | Error | undefined, read: (value: T) => R): R | Error | undefined {
  if (part === undefined || part instanceof Error) return part as Error | undefined;
  return read(part as T);
}

const stock = (level: StockLevel): number => level.available;
const rating = (summary: RatingSummary): number | null =>
  summary.count > 0 ? Math.round(summary.average * 100) / 100 : null;
const reviewCount = (summary: RatingSummary): number => summary.count;

/** The schema's Product: the catalog's product, with the stock and ratings of `view` if any. */
export function productShape(product: Product, view?: ProductView): ProductShape {
  const { price } = product;
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    category: product.category,
    imageUrl: product.imageUrl,
    price: {
      amount: formatMinorUnits(price.amountMinor, price.currency),
      currency: price.currency,
    },
    stock: fact(view?.stock, stock),
    rating: fact(view?.rating, rating),
    reviewCount: fact(view?.rating, reviewCount),
  };
}
