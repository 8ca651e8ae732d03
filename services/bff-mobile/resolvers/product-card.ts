import { moneyLabel } from '../../shared';
import type { Product, RatingSummary, StockLevel } from '../../upstreams';
import type { ProductRef, Resolver } from './types';

const LOW_STOCK = 5;

const productCard: Resolver<unknown, { id: string }, Product> = (_parent, { id }, { loaders }) =>
  loaders.productById.load(id);

function stockLabel({ available }: StockLevel): string {
  if (available <= 0) return 'Out of stock';
  return available <= LOW_STOCK ? `Only ${available} left` : 'In stock';
}

function ratingLabel({ average, count }: RatingSummary): string {
  return count === 0 ? 'No reviews yet' : `${average.toFixed(1)} ★ (${count})`;
}

type CardField<T> = Resolver<ProductRef, object, T>;

const cardFields = {
  title: (async ({ id }, _args, { loaders }) =>
    (await loaders.productById.load(id)).name) satisfies CardField<string>,
  priceLabel: (async ({ id }, _args, { loaders }) => {
    const { price } = await loaders.productById.load(id);
    return moneyLabel(price.amountMinor, price.currency);
  }) satisfies CardField<string>,
  thumbnailUrl: (async ({ id }, _args, { loaders }) =>
    (await loaders.productById.load(id)).imageUrl) satisfies CardField<string>,
  inStock: (async ({ id }, _args, { loaders }) =>
    (await loaders.stockByProductId.load(id)).available > 0) satisfies CardField<boolean>,
  stockLabel: (async ({ id }, _args, { loaders }) =>
    stockLabel(await loaders.stockByProductId.load(id))) satisfies CardField<string>,
  ratingLabel: (async ({ id }, _args, { loaders }) =>
    ratingLabel(await loaders.ratingByProductId.load(id))) satisfies CardField<string>,
};

export const productCardResolvers = {
  Query: { productCard },
  ProductCard: cardFields,
};
