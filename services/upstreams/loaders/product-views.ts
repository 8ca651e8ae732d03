import type DataLoader from 'dataloader';
import { AppError } from '../../shared';
import { type CallContext } from '../call-context';
import { type CatalogClient } from '../catalog/client';
import { type Product } from '../catalog/types';
import { isValidId } from '../input-guards';
import { type InventoryClient } from '../inventory/client';
import { type StockLevel } from '../inventory/types';
import { type ReviewsClient } from '../reviews/client';
import { type RatingSummary } from '../reviews/types';
import { inBatchSpan } from '../tracing/batch-span';
import { asError, createBatchLoader } from './batch-loader';

/** Which backends a product view needs: any combination of these flags. */
export const ProductParts = {
  catalog: 1,
  stock: 2,
  rating: 4,
} as const;

/** What the backends said about one product, for the parts asked; an Error where a part failed. */
export interface ProductView {
  readonly id: string;
  readonly product?: Product | Error;
  readonly stock?: StockLevel | Error;
  readonly rating?: RatingSummary | Error;
}

export interface ProductViewKey {
  readonly id: string;
  /** ProductParts flags, OR-ed. */
  readonly parts: number;
}

export interface ProductViewClients {
  catalog: CatalogClient;
  inventory: InventoryClient;
  reviews: ReviewsClient;
}

export interface ProductViewLoaderOptions<V> {
  /** false = one fetch per key (DataLoader's batch:false), the naive baseline. Default true. */
  batch?: boolean;
  /** Keys per batch. Default 100. */
  maxBatchSize?: number;
  /** Turns a view into what the caller hands on, once per product and request. */
  shape: (view: ProductView) => V;
}

type Answer<T> = ReadonlyMap<string, T> | Error | undefined;

/**
 * One load per product for everything a screen shows about it: catalog, stock and rating
 * together. Each batch sends at most one call per backend, for the ids whose keys ask for
 * that part, in parallel: the same three calls as three loaders, with one promise per
 * product instead of one per field. A backend that fails (or does not know the product)
 * fails that part of the view alone.
 */
export function createProductViewLoader<V>(
  clients: ProductViewClients,
  ctx: CallContext,
  options: ProductViewLoaderOptions<V>,
): DataLoader<ProductViewKey, V, string> {
  const fetch = async (keys: readonly ProductViewKey[]): Promise<Map<string, V>> => {
    const wanted = (flag: number) => [
      ...new Set(keys.filter((key) => key.parts & flag).map((key) => key.id)),
    ];
    const [products, stock, ratings] = await Promise.all([
      answer('catalog', wanted(ProductParts.catalog), (ids) =>
        clients.catalog.batchGetProducts(ctx, ids),
      ),
      answer('inventory', wanted(ProductParts.stock), (ids) =>
        clients.inventory.batchGetStockLevels(ctx, ids),
      ),
      answer('reviews', wanted(ProductParts.rating), (ids) =>
        clients.reviews.batchGetRatingSummaries(ctx, ids),
      ),
    ]);
    const views = new Map<string, V>();
    for (const key of keys) {
      const view: ProductView = {
        id: key.id,
        product: part(key, ProductParts.catalog, products, 'catalog'),
        stock: part(key, ProductParts.stock, stock, 'inventory'),
        rating: part(key, ProductParts.rating, ratings, 'reviews'),
      };
      views.set(productViewCacheKey(key), options.shape(view));
    }
    return views;
  };
  return createBatchLoader<ProductViewKey, V, string>({
    // Names the backend in BAD_USER_INPUT for an invalid id: a product id is the catalog's.
    upstream: 'catalog',
    fetch,
    keyOf: productViewCacheKey,
    isValidKey: (key) => isValidId(key.id),
    spansPerBackend: true,
    batch: options.batch ?? true,
    maxBatchSize: options.maxBatchSize ?? 100,
  });
}

/**
 * A part of a view read through `read`; its Error as is; undefined when the part was not
 * asked. What a caller's `shape` uses to map each part without unwrapping errors by hand.
 */
export function readPart<T, R>(
  part: T | Error | undefined,
  read: (value: T) => R,
): R | Error | undefined {
  if (part === undefined || part instanceof Error) return part as Error | undefined;
  return read(part as T);
}

function productViewCacheKey(key: ProductViewKey): string {
  return `${key.parts}:${key.id}`;
}

/** One backend's share of the batch, in its own batch span as every loader's batch is. */
async function answer<T>(
  upstream: string,
  ids: string[],
  fetch: (ids: string[]) => Promise<ReadonlyMap<string, T>>,
): Promise<Answer<T>> {
  if (ids.length === 0) return undefined;
  try {
    return await inBatchSpan(upstream, ids.length, () => fetch(ids));
  } catch (error) {
    return asError(error);
  }
}

/** The key's share of one backend's answer; undefined for a part the key did not ask for. */
function part<T>(
  key: ProductViewKey,
  flag: number,
  answered: Answer<T>,
  upstream: string,
): T | Error | undefined {
  if (!(key.parts & flag)) return undefined;
  if (answered === undefined || answered instanceof Error) return answered;
  return answered.get(key.id) ?? new AppError('NOT_FOUND', { upstream });
}
