import { createSelectionParts } from '../../edge';
import { ProductParts } from '../../upstreams';

/**
 * The backends a Product field's selection needs (ProductParts flags), looked ahead once per
 * document. A new Product field answered by these backends goes here and in product-shape.ts.
 */
export const selectedProductParts = createSelectionParts({
  sku: ProductParts.catalog,
  name: ProductParts.catalog,
  description: ProductParts.catalog,
  price: ProductParts.catalog,
  category: ProductParts.catalog,
  imageUrl: ProductParts.catalog,
  inStock: ProductParts.stock,
  rating: ProductParts.rating,
  reviewCount: ProductParts.rating,
});
