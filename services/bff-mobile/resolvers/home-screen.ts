import { ProductParts, type ProductView } from '../../upstreams';
import type { HomeScreenResolvers, QueryResolvers, Resolvers } from '../generated/graphql';
import { productCardShape, selectedCardParts } from './product-card-shape';

const RECENT_ORDERS = 3;
const FEATURED_CANDIDATES = 24;
const FEATURED_MAX = 6;

const homeScreen: QueryResolvers['homeScreen'] = (_parent, _args, { principal }) => ({
  userId: principal.id,
});

const greeting: HomeScreenResolvers['greeting'] = async ({ userId }, _args, { loaders }) => {
  const { name } = await loaders.userById.load(userId);
  return `Hi, ${name.split(' ')[0] ?? name}`;
};

const recentOrders: HomeScreenResolvers['recentOrders'] = ({ userId }, _args, { loaders }) =>
  loaders.ordersByUser.load({ userId, limit: RECENT_ORDERS });

/** A view whose stock says the product can be bought now; one whose stock failed is left out. */
const inStock = (view: ProductView | Error | undefined): view is ProductView =>
  view !== undefined &&
  !(view instanceof Error) &&
  view.stock !== undefined &&
  !(view.stock instanceof Error) &&
  view.stock.available > 0;

/**
 * In-stock products from the start of the catalogue, as cards. The search already returned the
 * products, so only stock (which picks them) and what else the cards select are loaded, for
 * every candidate together: the cards' labels cost no third wave of backend calls.
 */
const featuredProducts: HomeScreenResolvers['featuredProducts'] = async (
  _parent,
  _args,
  { upstreams, call, loaders },
  info,
) => {
  const page = await upstreams.catalog.searchProducts(call, { pageSize: FEATURED_CANDIDATES });
  // The order thumbnails (orders.ts) read productById: a product in hand costs them no call.
  for (const product of page.products) loaders.productById.prime(product.id, product);
  const parts = (selectedCardParts(info) & ~ProductParts.catalog) | ProductParts.stock;
  const views = await loaders.productView.loadMany(page.products.map(({ id }) => ({ id, parts })));
  return page.products
    .flatMap((product, i) => {
      const view = views[i];
      return inStock(view) ? [productCardShape({ ...view, product })] : [];
    })
    .slice(0, FEATURED_MAX);
};

export const homeScreenResolvers: Resolvers = {
  Query: { homeScreen },
  HomeScreen: { greeting, recentOrders, featuredProducts },
};
