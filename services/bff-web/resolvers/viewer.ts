import type { QueryResolvers, Resolvers, ViewerResolvers } from '../generated/graphql';
import { pageSize } from './arguments';

const ORDERS_PAGE_MAX = 100;

const me: QueryResolvers['me'] = (_parent, _args, { principal }) => ({ id: principal.id });

// name and orders start in the same tick, so users and orders are called in one parallel wave.
const name: ViewerResolvers['name'] = async ({ id }, _args, { loaders }) =>
  (await loaders.userById.load(id)).name;

const email: ViewerResolvers['email'] = async ({ id }, _args, { loaders }) =>
  (await loaders.userById.load(id)).email;

const orders: ViewerResolvers['orders'] = ({ id }, { first }, { loaders }) =>
  loaders.ordersByUser.load({ userId: id, limit: pageSize(first, 20, ORDERS_PAGE_MAX) });

export const viewerResolvers: Resolvers = {
  Query: { me },
  Viewer: { name, email, orders },
};
