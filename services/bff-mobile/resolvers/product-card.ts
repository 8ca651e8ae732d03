import { moneyLabel } from '../../shared';
import type { RatingSummary, StockLevel } from '../../upstreams';
import type { ProductCardResolvers, QueryResolvers, Resolvers } from '../generated/graphql';

const LOW_STOCK = 5;

const productCard: QueryResolvers['productCard'] = (_parent, { id }, { loaders }) =>
  loaders.productById.load(id);

function stockLabel({ available }: StockLevel): string {
  if (available <= 0) return 'Out of stock';
  return available <= LOW_STOCK ? `Only ${available} left` : 'In stock';
}

function ratingLabel({ average, count }: RatingSummary): string {
  return count === 0 ? 'No reviews yet' : `${average.toFixed(1)} ★ (${count})`;
}

const cardFields: ProductCardResolvers = {
  title: async ({ id }, _args, { loaders }) => (await loaders.productById.load(id)).name,
  priceLabel: async ({ id }, _args, { loaders }) => {
    const { price } = await loaders.productById.load(id);
    return moneyLabel(price.amountMinor, price.currency);
  },
  thumbnailUrl: async ({ id }, _args, { loaders }) => (await loaders.productById.load(id)).imageUrl,
  inStock: async ({ id }, _args, { loaders }) =>
    (await loaders.stockByProductId.load(id)).available > 0,
  stockLabel: async ({ id }, _args, { loaders }) =>
    stockLabel(await loaders.stockByProductId.load(id)),
  ratingLabel: async ({ id }, _args, { loaders }) =>
    ratingLabel(await loaders.ratingByProductId.load(id)),
};

export const productCardResolvers: Resolvers = {
  Query: { productCard },
  ProductCard: cardFields,
};
