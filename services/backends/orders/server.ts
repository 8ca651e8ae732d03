import {
  type BackendOptions,
  type RestBackendHandle,
  resolveBackendOptions,
} from '../common/backend-options';
import { createRestApp, listenRest } from '../common/rest-app';
import { getSampleData } from '../data/sample-data';
import { registerCreateRoute } from './create-route';
import { createOrderStore, type OrderStoreOptions } from './order-store';
import { registerReadRoutes } from './read-routes';

export interface OrdersBackendOptions extends BackendOptions, OrderStoreOptions {}

/**
 * Starts the orders REST backend (contracts/rest/orders-api.ts). Orders created through
 * POST /orders live in this server's memory and vanish when it stops.
 */
export async function startOrdersBackend(
  options: OrdersBackendOptions = {},
): Promise<RestBackendHandle> {
  const resolved = resolveBackendOptions(options);
  const data = getSampleData();
  const store = createOrderStore(options);
  const app = createRestApp(resolved);
  registerReadRoutes(app, resolved, data, store);
  registerCreateRoute(app, resolved, data, store);
  return listenRest(app, resolved);
}
