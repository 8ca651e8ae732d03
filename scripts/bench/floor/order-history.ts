import { randomUUID } from 'node:crypto';
import type { FloorBackends } from './floor-backends';
import { orderHistoryJson, productIdsOf } from './order-history-json';

/** The page size OrderHistory asks for: `orders(first: 20)`. */
const ORDERS_PAGE = 20;

/**
 * OrderHistory with no GraphQL, in the BFF's two waves:
 * 1. users and orders in parallel;
 * 2. as soon as orders arrive (not waiting for users), catalog, inventory and reviews in
 *    parallel for the distinct product ids;
 * 3. assemble the response object.
 * The backends see the same headers the BFF sends: a request id and the identity.
 */
export async function loadOrderHistory(backends: FloorBackends, userId: string): Promise<unknown> {
  const headers = {
    'x-request-id': randomUUID(),
    'x-principal-kind': 'user',
    'x-principal-id': userId,
    'x-principal-scopes': '',
  };
  const secondWave = async () => {
    const batch = await backends.orders([userId], ORDERS_PAGE, headers);
    const orders = batch.results.find((entry) => entry.user_id === userId)?.orders ?? [];
    const ids = productIdsOf(orders);
    const [products, stock, ratings] = await Promise.all([
      backends.products(ids, headers),
      backends.stock(ids, headers),
      backends.ratings(ids, headers),
    ]);
    const facts = {
      products: new Map(products.products.map((p) => [p.id, p])),
      stock: new Map(stock.stockLevels.map((s) => [s.productId, s])),
      ratings: new Map(ratings.summaries.map((r) => [r.productId, r])),
    };
    return { orders, facts };
  };
  const [users, { orders, facts }] = await Promise.all([
    backends.users([userId], headers),
    secondWave(),
  ]);
  const user = users.users.find((candidate) => candidate.id === userId);
  return orderHistoryJson(userId, user, orders, facts);
}
