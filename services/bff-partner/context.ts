import type DataLoader from 'dataloader';
import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createCatalogLoaders,
  createProductViewLoader,
  type CallContext,
  type CatalogLoaders,
  type ProductView,
  type ProductViewKey,
  type Upstreams,
} from '../upstreams';

/** The backends the partner API is built on: the catalogue and what enriches it. */
export type PartnerUpstreamClients = Pick<Upstreams, 'catalog' | 'inventory' | 'reviews'>;
export type PartnerLoaders = CatalogLoaders & {
  /** Catalog, stock and ratings of a product in one load (resolvers/product-shape.ts). */
  productView: DataLoader<ProductViewKey, ProductView, string>;
};

const asView = (view: ProductView): ProductView => view;

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
    const loaders: PartnerLoaders = {
      ...createCatalogLoaders(upstreams.catalog, call, loaderOptions),
      productView: createProductViewLoader(upstreams, call, { ...loaderOptions, shape: asView }),
    };
    return { principal, call, upstreams, loaders };
  };
}
