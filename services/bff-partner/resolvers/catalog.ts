import { AppError, formatMinorUnits } from '../../shared';
import type { Money, Product, ProductPage } from '../../upstreams';
import type { ProductRef, Resolver } from './types';

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

const catalog: Resolver<
  unknown,
  { first?: number | null; after?: string | null },
  ProductPage
> = async (_parent, { first, after }, { upstreams, call, loaders }) => {
  const page = await upstreams.catalog.searchProducts(call, {
    pageSize: pageSize(first),
    pageToken: after ?? undefined,
  });
  // Nodes are full products already: prime the loader so fields do not fetch them again.
  for (const product of page.products) loaders.productById.prime(product.id, product);
  return page;
};

// A missing product is null in its slot (the list stays aligned with the ids asked for).
const orNull = async (load: Promise<Product>): Promise<Product | null> =>
  load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });

const products: Resolver<unknown, { ids: string[] }, Array<Promise<Product | null>>> = (
  _parent,
  { ids },
  { loaders },
) => lookupKeys(ids, 'ids').map((id) => orNull(loaders.productById.load(id)));

const productsBySku: Resolver<unknown, { skus: string[] }, Array<Promise<Product | null>>> = (
  _parent,
  { skus },
  { loaders },
) => lookupKeys(skus, 'skus').map((sku) => orNull(loaders.productBySku.load(sku)));

const connection = {
  nodes: (page: ProductPage) => page.products,
  totalCount: (page: ProductPage) => page.totalSize,
  pageInfo: (page: ProductPage) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

type ProductField<T> = Resolver<ProductRef, object, T>;

const productFields = {
  stock: (async ({ id }, _args, { loaders }) =>
    (await loaders.stockByProductId.load(id)).available) satisfies ProductField<number>,
  rating: (async ({ id }, _args, { loaders }) => {
    const summary = await loaders.ratingByProductId.load(id);
    return summary.count > 0 ? Math.round(summary.average * 100) / 100 : null;
  }) satisfies ProductField<number | null>,
  reviewCount: (async ({ id }, _args, { loaders }) =>
    (await loaders.ratingByProductId.load(id)).count) satisfies ProductField<number>,
};

export const catalogResolvers = {
  Query: { catalog, products, productsBySku },
  ProductConnection: connection,
  Product: productFields,
  Money: {
    amount: (money: Money) => formatMinorUnits(money.amountMinor, money.currency),
    currency: (money: Money) => money.currency,
  },
};
