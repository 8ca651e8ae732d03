/**
 * The partner BFF's own parent types, named as `mappers` in scripts/codegen/graphql-targets.ts:
 * the generated `Resolvers` (../generated/graphql.ts) types each resolver's parent with them.
 */

/** Money as the schema shows it, formatted once where the product shape is built. */
export interface MoneyShape {
  /** Decimal string in major units, e.g. "12.34". */
  readonly amount: string;
  /** ISO 4217 code. */
  readonly currency: string;
}

/**
 * A product as the schema shows it: plain properties the executor reads without calling a
 * resolver (product-shape.ts). The catalog's fields are always there (every product the API
 * returns comes from the catalog); stock and ratings are there when selected, or their
 * backend's Error, which GraphQL reports on that field alone.
 */
export interface ProductShape {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly imageUrl: string;
  readonly price: MoneyShape;
  readonly stock?: number | Error;
  readonly rating?: number | null | Error;
  readonly reviewCount?: number | Error;
}
