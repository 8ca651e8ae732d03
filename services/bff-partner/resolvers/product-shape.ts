import { createSelectionParts } from '../../edge';
import { formatMinorUnits } from '../../shared';
import {
  ProductParts,
  readPart,
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
    stock: readPart(view?.stock, stock),
    rating: readPart(view?.rating, rating),
    reviewCount: readPart(view?.rating, reviewCount),
  };
}
