import type { MobileContext } from '../context';

/** A resolver of this BFF: parent, arguments and the per-request context. */
export type Resolver<Parent, Args, Result> = (
  parent: Parent,
  args: Args,
  context: MobileContext,
) => Result | Promise<Result>;

/** A product the screen shows; its fields load through the per-request loaders. */
export interface ProductRef {
  readonly id: string;
}

/** The home screen belongs to the verified user; each section loads on its own. */
export interface HomeRef {
  readonly userId: string;
}
