import {
  ORDERS_BATCH_MAX,
  ORDERS_LIMIT_MAX,
  type OrdersBatchResponse,
  type OrdersListResponse,
} from '../../contracts';
import { BackendError } from '../common/backend-error';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { assertValidId, assertValidIds, knownInOrder } from '../common/ids';
import { parseLimit, type QueryValue, requireParam, splitIdList } from '../common/query-params';
import { admitRest, type RestApp } from '../common/rest-app';
import type { OrderRecord, SampleData } from '../data/types';
import type { OrderStore } from './order-store';

const DEFAULT_LIMIT = 20;

/** GET /users/:userId/orders, GET /orders?user_ids=… and GET /orders/:id. */
export function registerReadRoutes(
  app: RestApp,
  options: ResolvedBackendOptions,
  data: SampleData,
  store: OrderStore,
): void {
  // Orders placed here are newer than any seeded order, so they lead the list.
  const newestFirst = (userId: string, limit: number): OrderRecord[] | undefined => {
    const seeded = data.ordersOf(userId);
    return seeded && [...store.createdFor(userId), ...seeded].slice(0, limit);
  };

  app.get<{ Params: { userId: string }; Querystring: { limit?: QueryValue } }>(
    '/users/:userId/orders',
    async (request): Promise<OrdersListResponse> => {
      const { userId } = request.params;
      await admitRest(options, request, 'listUserOrders', [userId]);
      assertValidId(userId, 'userId');
      const orders = newestFirst(
        userId,
        parseLimit(request.query.limit, DEFAULT_LIMIT, ORDERS_LIMIT_MAX),
      );
      if (!orders) throw new BackendError('NOT_FOUND', 'No such user.');
      return { orders };
    },
  );

  app.get<{ Querystring: { user_ids?: QueryValue; limit?: QueryValue } }>(
    '/orders',
    async (request): Promise<OrdersBatchResponse> => {
      const userIds = splitIdList(request.query.user_ids);
      await admitRest(options, request, 'batchListOrders', userIds);
      requireParam(request.query.user_ids, 'user_ids');
      assertValidIds(userIds, ORDERS_BATCH_MAX, 'user_ids');
      const limit = parseLimit(request.query.limit, DEFAULT_LIMIT, ORDERS_LIMIT_MAX);
      const results = knownInOrder(userIds, (userId) => {
        const orders = newestFirst(userId, limit);
        return orders && { user_id: userId, orders };
      });
      return { results };
    },
  );

  app.get<{ Params: { id: string } }>('/orders/:id', async (request): Promise<OrderRecord> => {
    const { id } = request.params;
    await admitRest(options, request, 'getOrder', [id]);
    assertValidId(id, 'id');
    const order = store.byId(id) ?? data.orderById(id);
    if (!order) throw new BackendError('NOT_FOUND', 'No such order.');
    return order;
  });
}
