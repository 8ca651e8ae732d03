import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared';
import type {
  MutationResolvers,
  OrderItemResolvers,
  OrderResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql';

// An order that is not the viewer's answers exactly like one that does not exist.
const order: QueryResolvers['order'] = async (_parent, { id }, { upstreams, call, principal }) => {
  const found = await upstreams.orders.getOrder(call, id);
  if (found.userId !== principal.id) throw new AppError('NOT_FOUND', { upstream: 'orders' });
  return found;
};

const placeOrder: MutationResolvers['placeOrder'] = async (
  _parent,
  { input },
  { upstreams, call },
) => ({
  order: await upstreams.orders.createOrder(call, {
    items: input.items,
    idempotencyKey: input.idempotencyKey ?? randomUUID(),
  }),
});

const itemCount: OrderResolvers['itemCount'] = ({ items }) =>
  items.reduce((sum, item) => sum + item.quantity, 0);

const product: OrderItemResolvers['product'] = ({ productId }) => ({ id: productId });

export const orderResolvers: Resolvers = {
  Query: { order },
  Mutation: { placeOrder },
  Order: { itemCount },
  OrderItem: { product },
};
