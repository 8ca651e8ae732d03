import type { Product } from '../../upstreams';
import type { WebContext } from '../context';
import type {
  ProductConnectionResolvers,
  ProductResolvers,
  QueryResolvers,
  Resolvers,
  ReviewResolvers,
} from '../generated/graphql';
import { cursor, pageSize } from './arguments';
import type { ProductRef } from './types';

const SEARCH_PAGE_MAX = 100;
const REVIEWS_PAGE_MAX = 20;

const product: QueryResolvers['product'] = (_parent, { id }, { loaders }) =>
  loaders.productById.load(id);

const searchProducts: QueryResolvers['searchProducts'] = async (
  _parent,
  args,
  { upstreams, call, loaders },
) => {
  const page = await upstreams.catalog.searchProducts(call, {
    query: args.query,
    pageSize: pageSize(args.first, 20, SEARCH_PAGE_MAX),
    pageToken: cursor(args.after),
  });
  // The search already returned full products: prime the loader so fields do not fetch them again.
  for (const found of page.products) loaders.productById.prime(found.id, found);
  return page;
};

const productConnection: ProductConnectionResolvers = {
  nodes: (page) => page.products,
  totalCount: (page) => page.totalSize,
  pageInfo: (page) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

/**
 * A Product field the catalog answers, loaded from the ref in the same batch as its siblings.
 * Not `async`: the loader's promise mapped once is one promise per field, where an async
 * function awaiting it is three (OrderHistory resolves ~300 of these per request).
 */
const fromCatalog =
  <K extends keyof Product>(key: K) =>
  ({ id }: ProductRef, _args: unknown, { loaders }: WebContext): Promise<Product[K]> =>
    loaders.productById.load(id).then((product) => product[key]);

const productFields: ProductResolvers = {
  sku: fromCatalog('sku'),
  name: fromCatalog('name'),
  description: fromCatalog('description'),
  price: fromCatalog('price'),
  category: fromCatalog('category'),
  imageUrl: fromCatalog('imageUrl'),
  inStock: ({ id }, _args, { loaders }) =>
    loaders.stockByProductId.load(id).then((stock) => stock.available > 0),
  rating: ({ id }, _args, { loaders }) =>
    loaders.ratingByProductId
      .load(id)
      .then((summary) => (summary.count > 0 ? summary.average : null)),
  reviewCount: ({ id }, _args, { loaders }) =>
    loaders.ratingByProductId.load(id).then((summary) => summary.count),
  reviews: async ({ id }, { first }, { upstreams, call }) => {
    const page = await upstreams.reviews.listProductReviews(call, {
      productId: id,
      pageSize: pageSize(first, 5, REVIEWS_PAGE_MAX),
    });
    return page.reviews;
  },
};

const reviewFields: ReviewResolvers = {
  createdAt: (review) => review.createdAt,
  author: async ({ authorId }, _args, { loaders }) => ({
    name: (await loaders.userById.load(authorId)).name,
  }),
};

export const catalogResolvers: Resolvers = {
  Query: { product, searchProducts },
  ProductConnection: productConnection,
  Product: productFields,
  Review: reviewFields,
};
