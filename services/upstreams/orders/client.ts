import { AppError } from '../../shared';
import { ORDERS_BATCH_MAX, ORDERS_LIMIT_MAX, type CreateOrderRequest } from '../../contracts';
import { type CallContext } from '../call-context';
import { chunk, unique } from '../chunk';
import { assertIntInRange, assertValidIds } from '../input-guards';
import { type RestTransport } from '../rest/rest-transport';
import { decodeWire } from '../wire/decode-wire';
import { type CreateOrderInput, type Order } from './types';
import { toOrder, toOrdersByUser } from './wire';

export interface OrdersClient {
  /** GET /orders?user_ids=&limit= (newest first); users unknown to the backend are absent. */
  listByUsers(
    ctx: CallContext,
    userIds: readonly string[],
    limit: number,
  ): Promise<Map<string, Order[]>>;
  /** GET /orders/:id; NOT_FOUND when it does not exist. */
  getOrder(ctx: CallContext, id: string): Promise<Order>;
  /** POST /orders for the buyer in ctx.identity (sent as x-principal-*), idempotent by key. */
  createOrder(ctx: CallContext, input: CreateOrderInput): Promise<Order>;
}

/** Idempotency keys are usually UUIDs; the same allow-list idea as ids, a little longer. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,128}$/;
/** Only shape is checked here; stock and business limits are the backend's (422). */
const POSITIVE = { min: 1, max: Number.MAX_SAFE_INTEGER };

export function createOrdersClient(rest: RestTransport): OrdersClient {
  const { upstream } = rest;
  return {
    async listByUsers(ctx, userIds, limit) {
      const wanted = unique(userIds);
      assertValidIds(upstream, wanted, 'userId');
      assertIntInRange(upstream, limit, { min: 1, max: ORDERS_LIMIT_MAX }, 'limit');
      const pages = await Promise.all(
        chunk(wanted, ORDERS_BATCH_MAX).map(async (slice) => {
          const body = await rest.request(ctx, {
            operation: 'listOrdersByUsers',
            method: 'GET',
            path: '/orders',
            query: { user_ids: slice.join(','), limit: String(limit) },
            batchSize: slice.length,
          });
          return decodeWire(upstream, body, toOrdersByUser);
        }),
      );
      return new Map(pages.flat());
    },
    async getOrder(ctx, id) {
      assertValidIds(upstream, [id]);
      const body = await rest.request(ctx, {
        operation: 'getOrder',
        method: 'GET',
        path: `/orders/${id}`,
      });
      return decodeWire(upstream, body, (payload) => toOrder(payload, 'body'));
    },
    async createOrder(ctx, input) {
      const request = toCreateOrderRequest(upstream, input);
      const body = await rest.request(ctx, {
        operation: 'createOrder',
        method: 'POST',
        path: '/orders',
        body: request,
        headers: { 'idempotency-key': input.idempotencyKey },
      });
      return decodeWire(upstream, body, (payload) => toOrder(payload, 'body'));
    },
  };
}

function toCreateOrderRequest(upstream: string, input: CreateOrderInput): CreateOrderRequest {
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    throw new AppError('BAD_USER_INPUT', { upstream, details: { field: 'idempotencyKey' } });
  }
  assertIntInRange(upstream, input.items.length, POSITIVE, 'items');
  assertValidIds(
    upstream,
    input.items.map((item) => item.productId),
    'productId',
  );
  for (const item of input.items) {
    assertIntInRange(upstream, item.quantity, POSITIVE, 'quantity');
  }
  return {
    items: input.items.map((item) => ({ product_id: item.productId, quantity: item.quantity })),
  };
}
