import type DataLoader from 'dataloader';
import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createCatalogLoaders,
  createOrdersLoaders,
  createProductViewLoader,
  createUsersLoaders,
  type CallContext,
  type CatalogLoaders,
  type OrdersLoaders,
  type ProductView,
  type ProductViewKey,
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
  CatalogLoaders & {
    /** Catalog, stock and rating of a product in one load: see resolvers/product-card-shape.ts. */
    productView: DataLoader<ProductViewKey, ProductView, string>;
  };

const asView = (view: ProductView): ProductView => view;

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
  const viewOptions = { ...loaderOptions, shape: asView };
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders: MobileLoaders = {
      ...createUsersLoaders(upstreams.users, call, loaderOptions),
      ...createOrdersLoaders(upstreams.orders, call, loaderOptions),
      // productById: the order screens' titles and thumbnails (resolvers/orders.ts).
      ...createCatalogLoaders(upstreams.catalog, call, loaderOptions),
      productView: createProductViewLoader(upstreams, call, viewOptions),
    };
    return { principal, call, upstreams, loaders };
  };
}
