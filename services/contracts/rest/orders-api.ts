/**
 * Wire contract of the orders REST backend (JSON, snake_case). Amounts are integer minor
 * units with an ISO 4217 currency.
 *
 * GET  /users/:userId/orders?limit=20        -> 200 OrdersListResponse (newest first;
 *                                               limit 1..ORDERS_LIMIT_MAX, default 20)
 * GET  /orders?user_ids=a,b&limit=20         -> 200 OrdersBatchResponse (one entry per known
 *                                               user id; at most ORDERS_BATCH_MAX ids)
 * GET  /orders/:id                           -> 200 OrderResource | 404 ErrorBody
 * POST /orders  CreateOrderRequest           -> 201 OrderResource | 400/422 ErrorBody
 *      headers x-principal-kind: user and x-principal-id name the buyer (set by the BFF
 *      from the verified identity; a request without them is 401);
 *      header idempotency-key makes retries safe (same key, same order).
 * GET  /healthz                              -> 200 { status: 'ok' }
 */
export const ORDERS_LIMIT_MAX = 100;
export const ORDERS_BATCH_MAX = 100;

export type OrderStatus = 'PENDING' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';

export interface OrderItemResource {
  product_id: string;
  quantity: number;
  unit_price_minor: number;
}

export interface OrderResource {
  id: string;
  user_id: string;
  status: OrderStatus;
  created_at: string;
  currency: string;
  total_minor: number;
  items: OrderItemResource[];
}

export interface OrdersListResponse {
  orders: OrderResource[];
}

export interface OrdersBatchResponse {
  results: Array<{ user_id: string; orders: OrderResource[] }>;
}

export interface CreateOrderRequest {
  items: Array<{ product_id: string; quantity: number }>;
}
