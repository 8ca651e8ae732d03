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
import type { WebBackend } from './config';

/**
 * The clients of the backends this BFF names in WEB_BACKENDS, and their loaders. Typed by name
 * (not the whole `Upstreams`), so a backend added for another BFF changes nothing here.
 */
export type WebUpstreamClients = Pick<Upstreams, WebBackend>;
export type WebLoaders = UsersLoaders &
  OrdersLoaders &
  CatalogLoaders &
  InventoryLoaders &
  ReviewsLoaders;

/** What every web resolver receives. Built once per request, so loader caches never cross users. */
export interface WebContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: WebLoaders;
  readonly upstreams: WebUpstreamClients;
}

export function createContextFactory(
  upstreams: WebUpstreamClients,
  options: { batching: boolean },
): (input: ContextInput) => WebContext {
  const loaderOptions = { batch: options.batching };
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders: WebLoaders = {
      ...createUsersLoaders(upstreams.users, call, loaderOptions),
      ...createOrdersLoaders(upstreams.orders, call, loaderOptions),
      ...createCatalogLoaders(upstreams.catalog, call, loaderOptions),
      ...createInventoryLoaders(upstreams.inventory, call, loaderOptions),
      ...createReviewsLoaders(upstreams.reviews, call, loaderOptions),
    };
    return { principal, call, upstreams, loaders };
  };
}
