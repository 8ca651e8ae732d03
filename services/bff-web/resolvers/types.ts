/**
 * The BFF's own parent types, named as `mappers` in scripts/codegen/graphql-targets.ts: the
 * generated `Resolvers` (../generated/graphql.ts) types each resolver's parent with them.
 */

/**
 * Objects the catalog has not been asked about yet: fields that need product data load it
 * through the per-request loaders, so stock and ratings are fetched in the same wave as
 * names and prices instead of one wave later.
 */
export interface ProductRef {
  readonly id: string;
}

/** The viewer is known from the verified token; profile fields load from the users backend. */
export interface ViewerRef {
  readonly id: string;
}
