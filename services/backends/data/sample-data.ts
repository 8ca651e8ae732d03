import { generateUserOrders } from './orders';
import { generateProducts } from './products';
import { generateProductReviews, summarize } from './reviews';
import { generateStock } from './stock';
import type { SampleData } from './types';
import { generateUsers } from './users';

let cached: SampleData | undefined;

/** The user id inside an order id (o-u0001-001 -> u0001). */
const ORDER_ID = /^o-(u\d{4})-\d{3,}$/;

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Computes a value per known key on first use and keeps it. */
function memoize<T>(known: ReadonlyMap<string, unknown>, build: (key: string) => T) {
  const memo = new Map<string, T>();
  return (key: string): T | undefined => {
    if (!known.has(key)) return undefined;
    let value = memo.get(key);
    if (value === undefined) {
      value = build(key);
      memo.set(key, value);
    }
    return value;
  };
}

/**
 * Builds the data set from fixed seeds. Pure: two calls give equal data. Callers normally
 * want `getSampleData()`, which builds it once per process.
 */
export function generateSampleData(): SampleData {
  const users = Object.freeze(generateUsers());
  const products = Object.freeze(generateProducts());
  const usersById = indexBy(users, (user) => user.id);
  const productsById = indexBy(products, (product) => product.id);
  const ordersOf = memoize(usersById, (user) => generateUserOrders(user, products));
  const reviewsOf = memoize(productsById, (product) => generateProductReviews(product, users));
  const ratingSummaryOf = memoize(productsById, (product) =>
    summarize(product, reviewsOf(product) ?? []),
  );
  return Object.freeze({
    users,
    usersById,
    products,
    productsById,
    productsBySku: indexBy(products, (product) => product.sku),
    stockByProduct: generateStock(products),
    ordersOf,
    orderById: (id: string) => {
      const user = ORDER_ID.exec(id)?.[1];
      return user === undefined ? undefined : ordersOf(user)?.find((order) => order.id === id);
    },
    reviewsOf,
    ratingSummaryOf,
  });
}

/** The process-wide data set, built on first use (tens of milliseconds) and then shared. */
export function getSampleData(): SampleData {
  cached ??= generateSampleData();
  return cached;
}
