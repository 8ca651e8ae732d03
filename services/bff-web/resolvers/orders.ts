import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared';
import type {
  MutationResolvers,
  OrderItemResolvers,
  OrderResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql';
import { moneyShape } from './money';
import { selectedProductParts } from './selected-product-parts';

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

/** One load per item for everything its product selection shows (see product-shape.ts). */
const product: OrderItemResolvers['product'] = ({ productId }, _args, { loaders }, info) => {
  const parts = selectedProductParts(info);
  return parts === 0 ? { id: productId } : loaders.productShape.load({ id: productId, parts });
};

export const orderResolvers: Resolvers = {
  Query: { order },
  Mutation: { placeOrder },
  Order: { itemCount, total: (order) => moneyShape(order.total) },
  OrderItem: { product, unitPrice: (item) => moneyShape(item.unitPrice) },
};
