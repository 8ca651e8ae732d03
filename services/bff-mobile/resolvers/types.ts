/**
 * The BFF's own parent types, named as `mappers` in scripts/codegen/graphql-targets.ts: the
 * generated `Resolvers` (../generated/graphql.ts) types each resolver's parent with them.
 */

/** A product the screen shows; its fields load through the per-request loaders. */
export interface ProductRef {
  readonly id: string;
}

/** The home screen belongs to the verified user; each section loads on its own. */
export interface HomeRef {
  readonly userId: string;
}
