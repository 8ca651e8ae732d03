import { AppError, formatMinorUnits } from '../../shared';
import type { Product } from '../../upstreams';
import type {
  ProductConnectionResolvers,
  ProductResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql';

const PAGE_MAX = 100;
const LOOKUP_MAX = 100;

function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) {
    throw new AppError('BAD_USER_INPUT', { message: `first must be between 1 and ${PAGE_MAX}.` });
  }
  return size;
}

function lookupKeys(keys: readonly string[], name: string): readonly string[] {
  if (keys.length > LOOKUP_MAX) {
    throw new AppError('BAD_USER_INPUT', { message: `at most ${LOOKUP_MAX} ${name} per request.` });
  }
  return keys;
}

const catalog: QueryResolvers['catalog'] = async (
  _parent,
  { first, after },
  { upstreams, call, loaders },
) => {
  const page = await upstreams.catalog.searchProducts(call, {
    pageSize: pageSize(first),
    pageToken: after ?? undefined,
  });
  // Nodes are full products already: prime the loader so fields do not fetch them again.
  for (const product of page.products) loaders.productById.prime(product.id, product);
  return page;
};

// A missing product is null in its slot (the list stays aligned with the ids asked for). One
// promise per slot: graphql-js completes each on its own, so a failure is that slot's error.
const orNull = async (load: Promise<Product>): Promise<Product | null> =>
  load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });

const products: QueryResolvers['products'] = (_parent, { ids }, { loaders }) =>
  lookupKeys(ids, 'ids').map((id) => orNull(loaders.productById.load(id)));

const productsBySku: QueryResolvers['productsBySku'] = (_parent, { skus }, { loaders }) =>
  lookupKeys(skus, 'skus').map((sku) => orNull(loaders.productBySku.load(sku)));

const connection: ProductConnectionResolvers = {
  nodes: (page) => page.products,
  totalCount: (page) => page.totalSize,
  pageInfo: (page) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

// id, sku, name... come from the catalog's Product itself; these load in one wave per page.
const productFields: ProductResolvers = {
  stock: async ({ id }, _args, { loaders }) => (await loaders.stockByProductId.load(id)).available,
  rating: async ({ id }, _args, { loaders }) => {
    const summary = await loaders.ratingByProductId.load(id);
    return summary.count > 0 ? Math.round(summary.average * 100) / 100 : null;
  },
  reviewCount: async ({ id }, _args, { loaders }) =>
    (await loaders.ratingByProductId.load(id)).count,
};

export const catalogResolvers: Resolvers = {
  Query: { catalog, products, productsBySku },
  ProductConnection: connection,
  Product: productFields,
  Money: {
    amount: (money) => formatMinorUnits(money.amountMinor, money.currency),
    currency: (money) => money.currency,
  },
};
