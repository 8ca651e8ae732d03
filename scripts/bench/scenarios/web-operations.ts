/**
 * The two queries the web frontend ships, byte for byte as in test/support/web-bff.ts
 * (a unit test keeps them in step): the bench sends what the integration tests verify.
 */
export const ORDER_HISTORY = `query OrderHistory {
  me { id name orders(first: 20) { id status total { amount currency }
    items { quantity product { id name price { amount currency } inStock rating } } } }
}`;

export const PRODUCT_PAGE = `query ProductPage($id: ID!) {
  product(id: $id) { id name description price { amount currency } inStock rating
    reviews(first: 5) { rating text author { name } } }
}`;

/** Ten users, each with their own token and orders, so caches do not see one hot key. */
export const BENCH_USERS: readonly string[] = Array.from(
  { length: 10 },
  (_, i) => `u${String(i + 1).padStart(4, '0')}`,
);

/** Twenty products spread over the catalogue (p00001..p10000). */
export const BENCH_PRODUCTS: readonly string[] = Array.from(
  { length: 20 },
  (_, i) => `p${String(1 + i * 499).padStart(5, '0')}`,
);
