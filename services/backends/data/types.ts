import type {
  MoneyMessage,
  OrderResource,
  ProductMessage,
  RatingSummaryMessage,
  ReviewMessage,
  StockLevelMessage,
  UserResource,
} from '../../contracts';

/**
 * Stored records reuse the wire shapes of the contracts: these backends are thin on purpose,
 * and a record that already is its response cannot drift from the contract. Records are
 * frozen because one cached data set is shared by every server in the process.
 */
export type UserRecord = Readonly<UserResource>;

/** A product always has a price in storage; the proto only makes it optional on the wire. */
export type ProductRecord = Readonly<Omit<ProductMessage, 'price'> & { price: MoneyMessage }>;

export type OrderRecord = Readonly<OrderResource>;
export type StockRecord = Readonly<StockLevelMessage>;
export type ReviewRecord = Readonly<ReviewMessage>;
export type RatingSummaryRecord = Readonly<RatingSummaryMessage>;

/**
 * The whole sample data set. Users, products and stock are built up front; a user's orders
 * and a product's reviews are built on first request and then kept, so a process that
 * serves one backend never pays for the others' data.
 */
export interface SampleData {
  /** Ordered by id. */
  readonly users: readonly UserRecord[];
  readonly usersById: ReadonlyMap<string, UserRecord>;
  /** Ordered by id. */
  readonly products: readonly ProductRecord[];
  readonly productsById: ReadonlyMap<string, ProductRecord>;
  readonly productsBySku: ReadonlyMap<string, ProductRecord>;
  readonly stockByProduct: ReadonlyMap<string, StockRecord>;
  /** A user's orders, newest first; undefined for an unknown user. */
  ordersOf(userId: string): readonly OrderRecord[] | undefined;
  /** One generated order by id; undefined when there is no such order. */
  orderById(orderId: string): OrderRecord | undefined;
  /** A product's reviews, newest first (possibly none); undefined for an unknown product. */
  reviewsOf(productId: string): readonly ReviewRecord[] | undefined;
  /** Derived from `reviewsOf`; undefined for an unknown product. */
  ratingSummaryOf(productId: string): RatingSummaryRecord | undefined;
}
