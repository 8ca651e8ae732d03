import { createSelectionParts } from '../../edge';
import { moneyLabel } from '../../shared';
import {
  ProductParts,
  readPart,
  type Product,
  type ProductView,
  type RatingSummary,
  type StockLevel,
} from '../../upstreams';
import type { ProductCardShape } from './types';

const LOW_STOCK = 5;

/**
 * The backends a ProductCard field's selection needs (ProductParts flags), looked ahead once
 * per document. A new card field answered by these backends goes here and in productCardShape.
 */
export const selectedCardParts = createSelectionParts({
  title: ProductParts.catalog,
  priceLabel: ProductParts.catalog,
  thumbnailUrl: ProductParts.catalog,
  inStock: ProductParts.stock,
  stockLabel: ProductParts.stock,
  ratingLabel: ProductParts.rating,
});

function stockLabel({ available }: StockLevel): string {
  if (available <= 0) return 'Out of stock';
  return available <= LOW_STOCK ? `Only ${available} left` : 'In stock';
}

function ratingLabel({ average, count }: RatingSummary): string {
  return count === 0 ? 'No reviews yet' : `${average.toFixed(1)} ★ (${count})`;
}

const title = (product: Product): string => product.name;
const priceLabel = ({ price }: Product): string => moneyLabel(price.amountMinor, price.currency);
const thumbnailUrl = (product: Product): string => product.imageUrl;
const inStock = (stock: StockLevel): boolean => stock.available > 0;

/**
 * The schema's ProductCard from one product view. Every shape has the same properties in the
 * same order, so the executor's property reads stay monomorphic.
 */
export function productCardShape({ id, product, stock, rating }: ProductView): ProductCardShape {
  return {
    id,
    title: readPart(product, title),
    priceLabel: readPart(product, priceLabel),
    thumbnailUrl: readPart(product, thumbnailUrl),
    inStock: readPart(stock, inStock),
    stockLabel: readPart(stock, stockLabel),
    ratingLabel: readPart(rating, ratingLabel),
  };
}
