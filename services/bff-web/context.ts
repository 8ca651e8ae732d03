import type DataLoader from 'dataloader';
import type { ContextInput, Principal } from '../edge';
import {
  callContextOf,
  createOrdersLoaders,
  createProductViewLoader,
  createUsersLoaders,
  type CallContext,
  type OrdersLoaders,
  type ProductViewKey,
  type Upstreams,
  type UsersLoaders,
} from '../upstreams';
import type { WebBackend } from './config';
import { productShape } from './resolvers/product-shape';
import type { ProductShape } from './resolvers/types';

/**
 * The clients of the backends this BFF names in WEB_BACKENDS, and their loaders. Typed by name
 * (not the whole `Upstreams`), so a backend added for another BFF changes nothing here.
 */
export type WebUpstreamClients = Pick<Upstreams, WebBackend>;
export type WebLoaders = UsersLoaders &
  OrdersLoaders & {
    /** Catalog, stock and rating of a product in one load: see resolvers/product-shape.ts. */
    productShape: DataLoader<ProductViewKey, ProductShape, string>;
  };

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
  const shapeOptions = { batch: options.batching, shape: productShape };
  return (input) => {
    const call = callContextOf(input);
    const { principal } = input;
    const loaders: WebLoaders = {
      ...createUsersLoaders(upstreams.users, call, loaderOptions),
      ...createOrdersLoaders(upstreams.orders, call, loaderOptions),
      productShape: createProductViewLoader(upstreams, call, shapeOptions),
    };
    return { principal, call, upstreams, loaders };
  };
}
