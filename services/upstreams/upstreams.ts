import { type CatalogClient } from './catalog/client';
import { type InventoryClient } from './inventory/client';
import { type OrdersClient } from './orders/client';
import { type ReviewsClient } from './reviews/client';
import { type UsersClient } from './users/client';

/** Every backend client a BFF may use; built once per process in its main.ts. */
export interface Upstreams {
  users: UsersClient;
  orders: OrdersClient;
  catalog: CatalogClient;
  inventory: InventoryClient;
  reviews: ReviewsClient;
}
