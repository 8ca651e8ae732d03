import { AppError } from '../../shared';
import { ProductParts, type Product, type ProductView } from '../../upstreams';
import type { PartnerContext } from '../context';
import type { ProductConnectionResolvers, QueryResolvers, Resolvers } from '../generated/graphql';
import { productShape, selectedEnrichment } from './product-shape';
import type { ProductShape } from './types';

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

const catalog: QueryResolvers['catalog'] = (_parent, { first, after }, { upstreams, call }) =>
  upstreams.catalog.searchProducts(call, {
    pageSize: pageSize(first),
    pageToken: after ?? undefined,
  });

// A missing product is null in its slot (the list stays aligned with the ids asked for). One
// promise per slot: the executor completes each on its own, so a failure is that slot's error.
const orNull = <T>(load: Promise<T>): Promise<T | null> =>
  load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });

/** The product with the stock and ratings its selection needs (`parts`), in one load. */
function enriched(
  product: Product,
  { loaders }: PartnerContext,
  parts: number,
): ProductShape | Promise<ProductShape> {
  if (parts === 0) return productShape(product);
  return loaders.productView
    .load({ id: product.id, parts })
    .then((view) => productShape(product, view));
}

/** A view loaded with its catalog part: the product's shape, or the catalog's error. */
function shapeOfView(view: ProductView): ProductShape {
  const { product } = view;
  if (product === undefined || product instanceof Error) {
    throw product ?? new AppError('UPSTREAM_BAD_RESPONSE', { upstream: 'catalog' });
  }
  return productShape(product, view);
}

// By id, catalog, stock and ratings come in one wave; by SKU the id is known only after the
// catalog answers, so stock and ratings come one wave later.
const products: QueryResolvers['products'] = (_parent, { ids }, { loaders }, info) => {
  const parts = ProductParts.catalog | selectedEnrichment(info);
  return lookupKeys(ids, 'ids').map((id) =>
    orNull(loaders.productView.load({ id, parts }).then(shapeOfView)),
  );
};

const productsBySku: QueryResolvers['productsBySku'] = (_parent, { skus }, context, info) => {
  const parts = selectedEnrichment(info);
  return lookupKeys(skus, 'skus').map((sku) =>
    orNull(context.loaders.productBySku.load(sku).then((found) => enriched(found, context, parts))),
  );
};

const connection: ProductConnectionResolvers = {
  nodes: (page, _args, context, info) => {
    const parts = selectedEnrichment(info);
    if (parts === 0) return page.products.map((found) => productShape(found));
    return Promise.all(page.products.map((found) => enriched(found, context, parts)));
  },
  totalCount: (page) => page.totalSize,
  pageInfo: (page) => ({
    endCursor: page.nextPageToken,
    hasNextPage: page.nextPageToken !== null,
  }),
};

// Product and Money fields have no resolvers: they are plain properties of ProductShape.
export const catalogResolvers: Resolvers = {
  Query: { catalog, products, productsBySku },
  ProductConnection: connection,
};
