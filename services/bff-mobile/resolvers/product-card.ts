import { ProductParts } from '../../upstreams';
import type { QueryResolvers, Resolvers } from '../generated/graphql';
import { productCardShape, selectedCardParts } from './product-card-shape';

/**
 * ProductCard fields are plain properties of a ProductCardShape (no resolvers): whoever returns
 * a card loads what its selection needs, in one load per product (here and
 * HomeScreen.featuredProducts). The catalog is always asked, so an unknown id answers null
 * and NOT_FOUND (the catalog's error), as the schema says.
 */
const productCard: QueryResolvers['productCard'] = async (_parent, { id }, { loaders }, info) => {
  const parts = selectedCardParts(info) | ProductParts.catalog;
  const view = await loaders.productView.load({ id, parts });
  if (view.product instanceof Error) throw view.product;
  return productCardShape(view);
};

export const productCardResolvers: Resolvers = {
  Query: { productCard },
};
