import type {
  OrderResource,
  ProductMessage,
  RatingSummaryMessage,
  StockLevelMessage,
  UserResource,
} from '../../../services/contracts';
import { formatMinorUnits } from '../../../services/shared';

/** What the second wave brought back, keyed by product id. */
export interface ProductFacts {
  products: ReadonlyMap<string, ProductMessage>;
  stock: ReadonlyMap<string, StockLevelMessage>;
  ratings: ReadonlyMap<string, RatingSummaryMessage>;
}

/**
 * Assembles the web BFF's OrderHistory response by hand, field for field and in the order
 * the query selects them, so the floor's JSON equals the BFF's. Mirrors the BFF's rules:
 * money as decimal strings, inStock = available > 0, rating null without reviews.
 */
export function orderHistoryJson(
  userId: string,
  user: UserResource | undefined,
  orders: readonly OrderResource[],
  facts: ProductFacts,
): unknown {
  return {
    data: {
      me: {
        id: userId,
        name: user ? user.display_name : null,
        orders: orders.map((order) => ({
          id: order.id,
          status: order.status,
          total: money(order.total_minor, order.currency),
          items: order.items.map((item) => ({
            quantity: item.quantity,
            product: productJson(item.product_id, facts),
          })),
        })),
      },
    },
  };
}

function productJson(id: string, facts: ProductFacts): unknown {
  const product = facts.products.get(id);
  if (!product?.price) return null;
  const stock = facts.stock.get(id);
  const rating = facts.ratings.get(id);
  return {
    id,
    name: product.name,
    price: money(product.price.amountMinor, product.price.currencyCode),
    inStock: stock ? stock.available > 0 : null,
    rating: rating && rating.reviewCount > 0 ? rating.averageRating : null,
  };
}

function money(amountMinor: number, currency: string): { amount: string; currency: string } {
  return { amount: formatMinorUnits(amountMinor, currency), currency };
}

/** Distinct product ids of the orders, in first-seen order: one batch per backend. */
export function productIdsOf(orders: readonly OrderResource[]): string[] {
  const ids = new Set<string>();
  for (const order of orders) for (const item of order.items) ids.add(item.product_id);
  return [...ids];
}
