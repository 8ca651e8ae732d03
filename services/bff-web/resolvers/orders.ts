import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared';
import type { Order, OrderItem } from '../../upstreams';
import type { ProductRef, Resolver } from './types';

interface PlaceOrderArgs {
  input: { items: Array<{ productId: string; quantity: number }>; idempotencyKey?: string | null };
}

// An order that is not the viewer's answers exactly like one that does not exist.
const order: Resolver<unknown, { id: string }, Order> = async (
  _parent,
  { id },
  { upstreams, call, principal },
) => {
  const found = await upstreams.orders.getOrder(call, id);
  if (found.userId !== principal.id) throw new AppError('NOT_FOUND', { upstream: 'orders' });
  return found;
};

const placeOrder: Resolver<unknown, PlaceOrderArgs, { order: Order }> = async (
  _parent,
  { input },
  { upstreams, call },
) => ({
  order: await upstreams.orders.createOrder(call, {
    items: input.items,
    idempotencyKey: input.idempotencyKey ?? randomUUID(),
  }),
});

const itemCount: Resolver<Order, object, number> = ({ items }) =>
  items.reduce((sum, item) => sum + item.quantity, 0);

const product: Resolver<OrderItem, object, ProductRef> = ({ productId }) => ({ id: productId });

export const orderResolvers = {
  Query: { order },
  Mutation: { placeOrder },
  Order: { itemCount },
  OrderItem: { product },
};
