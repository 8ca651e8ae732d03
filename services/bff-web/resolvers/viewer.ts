import type { Order } from '../../upstreams';
import { pageSize } from './arguments';
import type { Resolver, ViewerRef } from './types';

const ORDERS_PAGE_MAX = 100;

const me: Resolver<unknown, object, ViewerRef> = (_parent, _args, { principal }) => ({
  id: principal.id,
});

// name and orders start in the same tick, so users and orders are called in one parallel wave.
const name: Resolver<ViewerRef, object, string> = async ({ id }, _args, { loaders }) =>
  (await loaders.userById.load(id)).name;

const email: Resolver<ViewerRef, object, string> = async ({ id }, _args, { loaders }) =>
  (await loaders.userById.load(id)).email;

const orders: Resolver<ViewerRef, { first?: number | null }, Order[]> = (
  { id },
  { first },
  { loaders },
) => loaders.ordersByUser.load({ userId: id, limit: pageSize(first, 20, ORDERS_PAGE_MAX) });

export const viewerResolvers = {
  Query: { me },
  Viewer: { name, email, orders },
};
