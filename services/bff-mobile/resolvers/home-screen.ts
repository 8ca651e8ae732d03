import type { HomeScreenResolvers, QueryResolvers, Resolvers } from '../generated/graphql';

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

/**
 * In-stock products from the start of the catalogue. Stock and ratings of every candidate are
 * asked for together, so the cards' labels cost no third wave of backend calls.
 */
const featuredProducts: HomeScreenResolvers['featuredProducts'] = async (
  _parent,
  _args,
  { upstreams, call, loaders },
) => {
  const page = await upstreams.catalog.searchProducts(call, { pageSize: FEATURED_CANDIDATES });
  for (const product of page.products) loaders.productById.prime(product.id, product);
  const ids = page.products.map((product) => product.id);
  const [stock] = await Promise.all([
    loaders.stockByProductId.loadMany(ids),
    loaders.ratingByProductId.loadMany(ids),
  ]);
  return ids
    .filter((_id, i) => {
      const level = stock[i];
      return level !== undefined && !(level instanceof Error) && level.available > 0;
    })
    .slice(0, FEATURED_MAX)
    .map((id) => ({ id }));
};

export const homeScreenResolvers: Resolvers = {
  Query: { homeScreen },
  HomeScreen: { greeting, recentOrders, featuredProducts },
};
