import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createCatalogLoaders,
  createInventoryLoaders,
  createReviewsLoaders,
  type CallContext,
  type CatalogLoaders,
  type InventoryLoaders,
  type ReviewsLoaders,
  type Upstreams,
} from '../upstreams';

/** The backends the partner API is built on: the catalogue and what enriches it. */
export type PartnerUpstreamClients = Pick<Upstreams, 'catalog' | 'inventory' | 'reviews'>;
export type PartnerLoaders = CatalogLoaders & InventoryLoaders & ReviewsLoaders;

/** What every partner resolver receives. Built once per request: loader caches never cross keys. */
export interface PartnerContext {
  readonly principal: Principal;
  readonly call: CallContext;
  readonly loaders: PartnerLoaders;
  readonly upstreams: PartnerUpstreamClients;
}

export function createContextFactory(
  upstreams: PartnerUpstreamClients,
  options: { batching: boolean },
): (input: ContextInput) => PartnerContext {
  const loaderOptions = { batch: options.batching };
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders = {
      ...createCatalogLoaders(upstreams.catalog, call, loaderOptions),
      ...createInventoryLoaders(upstreams.inventory, call, loaderOptions),
      ...createReviewsLoaders(upstreams.reviews, call, loaderOptions),
    };
    return { principal, call, upstreams, loaders };
  };
}
