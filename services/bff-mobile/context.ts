import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createCatalogLoaders,
  createInventoryLoaders,
  createOrdersLoaders,
  createReviewsLoaders,
  createUsersLoaders,
  type CallContext,
  type CatalogLoaders,
  type InventoryLoaders,
  type OrdersLoaders,
  type ReviewsLoaders,
  type Upstreams,
  type UsersLoaders,
} from '../upstreams';
import type { MobileBackend } from './config';

/**
 * The clients of the backends this BFF names in MOBILE_BACKENDS, and their loaders. Typed by name
 * (not the whole `Upstreams`), so a backend added for another BFF changes nothing here.
 */
export type MobileUpstreamClients = Pick<Upstreams, MobileBackend>;
export type MobileLoaders = UsersLoaders &
  OrdersLoaders &
  CatalogLoaders &
  InventoryLoaders &
  ReviewsLoaders;

/** What every mobile resolver receives. Built once per request, so loader caches never cross users. */
export interface MobileContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: MobileLoaders;
  readonly upstreams: MobileUpstreamClients;
}

export function createContextFactory(
  upstreams: MobileUpstreamClients,
  options: { batching: boolean },
): (input: ContextInput) => MobileContext {
  const loaderOptions = { batch: options.batching };
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders: MobileLoaders = {
      ...createUsersLoaders(upstreams.users, call, loaderOptions),
      ...createOrdersLoaders(upstreams.orders, call, loaderOptions),
      ...createCatalogLoaders(upstreams.catalog, call, loaderOptions),
      ...createInventoryLoaders(upstreams.inventory, call, loaderOptions),
      ...createReviewsLoaders(upstreams.reviews, call, loaderOptions),
    };
    return { principal, call, upstreams, loaders };
  };
}
