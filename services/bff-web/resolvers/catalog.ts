import type { Product, ProductPage, Review } from '../../upstreams';
import { cursor, pageSize } from './arguments';
import type { ProductRef, Resolver } from './types';

const SEARCH_PAGE_MAX = 100;
const REVIEWS_PAGE_MAX = 20;

const product: Resolver<unknown, { id: string }, Product> = (_parent, { id }, { loaders }) =>
  loaders.productById.load(id);

interface SearchArgs {
  query: string;
  first?: number | null;
  after?: string | null;
}

const searchProducts: Resolver<unknown, SearchArgs, ProductPage> = async (
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

const productConnection = {
  nodes: (page: ProductPage) => page.products,
  totalCount: (page: ProductPage) => page.totalSize,
  pageInfo: (page: ProductPage) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

type ProductField<K extends keyof Product> = Resolver<ProductRef, object, Product[K]>;
const fromCatalog =
  <K extends keyof Product>(key: K): ProductField<K> =>
  async ({ id }, _args, { loaders }) =>
    (await loaders.productById.load(id))[key];

const productFields = {
  sku: fromCatalog('sku'),
  name: fromCatalog('name'),
  description: fromCatalog('description'),
  price: fromCatalog('price'),
  category: fromCatalog('category'),
  imageUrl: fromCatalog('imageUrl'),
  inStock: (async ({ id }, _args, { loaders }) =>
    (await loaders.stockByProductId.load(id)).available > 0) satisfies Resolver<
    ProductRef,
    object,
    boolean
  >,
  rating: (async ({ id }, _args, { loaders }) => {
    const summary = await loaders.ratingByProductId.load(id);
    return summary.count > 0 ? summary.average : null;
  }) satisfies Resolver<ProductRef, object, number | null>,
  reviewCount: (async ({ id }, _args, { loaders }) =>
    (await loaders.ratingByProductId.load(id)).count) satisfies Resolver<
    ProductRef,
    object,
    number
  >,
  reviews: (async ({ id }, { first }, { upstreams, call }) => {
    const page = await upstreams.reviews.listProductReviews(call, {
      productId: id,
      pageSize: pageSize(first, 5, REVIEWS_PAGE_MAX),
    });
    return page.reviews;
  }) satisfies Resolver<ProductRef, { first?: number | null }, Review[]>,
};

const reviewFields = {
  createdAt: (review: Review) => review.createdAt,
  author: (async ({ authorId }, _args, { loaders }) => ({
    name: (await loaders.userById.load(authorId)).name,
  })) satisfies Resolver<Review, object, { name: string }>,
};

export const catalogResolvers = {
  Query: { product, searchProducts },
  ProductConnection: productConnection,
  Product: productFields,
  Review: reviewFields,
};
