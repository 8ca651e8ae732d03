/**
 * The BFF's own parent types, named as `mappers` in scripts/codegen/graphql-targets.ts: the
 * generated `Resolvers` (../generated/graphql.ts) types each resolver's parent with them.
 */

/**
 * A product card as the schema shows it: plain properties the executor reads without calling
 * a resolver, built from one product view (product-card-shape.ts) with what the catalog,
 * inventory and reviews backends said. A field whose backend failed holds that Error, which
 * GraphQL reports on that field alone; a field nobody selected is absent.
 */
export interface ProductCardShape {
  readonly id: string;
  readonly title?: string | Error;
  readonly priceLabel?: string | Error;
  readonly thumbnailUrl?: string | Error;
  readonly inStock?: boolean | Error;
  readonly stockLabel?: string | Error;
  readonly ratingLabel?: string | Error;
}

/** The home screen belongs to the verified user; each section loads on its own. */
export interface HomeRef {
  readonly userId: string;
}
