import type { WebContext } from '../context';

/** A resolver of this BFF: parent, arguments and the per-request context. */
export type Resolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: WebContext,
) => Result | Promise<Result>;

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
