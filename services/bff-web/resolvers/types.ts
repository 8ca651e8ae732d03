/**
 * The BFF's own parent types, named as `mappers` in scripts/codegen/graphql-targets.ts: the
 * generated `Resolvers` (../generated/graphql.ts) types each resolver's parent with them.
 */

/**
 * A product as the schema shows it: plain properties the executor reads without calling a
 * resolver, built once per product and request (product-shape.ts) from what the catalog,
 * inventory and reviews backends said. A field whose backend failed holds that Error, which
 * GraphQL reports on that field alone; a field nobody selected is absent.
 */
export interface ProductShape {
  readonly id: string;
  readonly sku?: string | Error;
  readonly name?: string | Error;
  readonly description?: string | Error;
  readonly price?: MoneyShape | Error;
  readonly category?: string | Error;
  readonly imageUrl?: string | Error;
  readonly inStock?: boolean | Error;
  readonly rating?: number | null | Error;
  readonly reviewCount?: number | Error;
  /** Why the catalog has no such product (NOT_FOUND) or could not say. */
  readonly catalogError?: Error;
}

/** The viewer is known from the verified token; profile fields load from the users backend. */
export interface ViewerRef {
  readonly id: string;
}

/**
 * Money as the schema shows it, formatted once where it is built (money.ts): a resolver per
 * amount would be one more call, with its own resolve info, for every price on the page.
 */
export interface MoneyShape {
  /** Decimal string in major units, e.g. "1015.94". */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
}
