import type { PartnerContext } from '../context';

export type Resolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: PartnerContext,
) => Result | Promise<Result>;

/** A product whose stock and rating load through the per-request loaders, in one wave. */
export interface ProductRef {
  readonly id: string;
}
