import type { WebContext } from '../context';
import type {
  ProductConnectionResolvers,
  ProductResolvers,
  QueryResolvers,
  Resolvers,
  ReviewResolvers,
} from '../generated/graphql';
import { ProductParts, type Product } from '../../upstreams';
import { cursor, pageSize } from './arguments';
import { productShape, withCatalog } from './product-shape';
import { selectedProductParts } from './selected-product-parts';
import type { ProductShape } from './types';

const SEARCH_PAGE_MAX = 100;
const REVIEWS_PAGE_MAX = 20;

/**
 * Product fields are plain properties of a ProductShape (no resolvers): whoever returns a
 * Product loads what its selection needs, in one load per product (OrderItem.product, here).
 * The catalog is always asked, so an unknown id answers null and NOT_FOUND.
 */
const product: QueryResolvers['product'] = async (_parent, { id }, { loaders }, info) => {
  const parts = selectedProductParts(info) | ProductParts.catalog;
  const shape = await loaders.productShape.load({ id, parts });
  if (shape.catalogError) throw shape.catalogError;
  return shape;
};

const searchProducts: QueryResolvers['searchProducts'] = (_parent, args, { upstreams, call }) =>
  upstreams.catalog.searchProducts(call, {
    query: args.query,
    pageSize: pageSize(args.first, 20, SEARCH_PAGE_MAX),
    pageToken: cursor(args.after),
  });

/** The search already returned full products: only stock and ratings, if selected, are loaded. */
function searchNodes(
  products: readonly Product[],
  { loaders }: WebContext,
  parts: number,
): ProductShape[] | Promise<ProductShape[]> {
  if (parts === 0) return products.map((found) => productShape({ id: found.id, product: found }));
  return Promise.all(
    products.map((found) =>
      loaders.productShape.load({ id: found.id, parts }).then((shape) => withCatalog(shape, found)),
    ),
  );
}

const productConnection: ProductConnectionResolvers = {
  nodes: (page, _args, context, info) =>
    searchNodes(page.products, context, selectedProductParts(info) & ~ProductParts.catalog),
  totalCount: (page) => page.totalSize,
  pageInfo: (page) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

const productFields: ProductResolvers = {
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
