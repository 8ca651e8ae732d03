import { AppError, countLabel, dayLabel, moneyLabel } from '../../shared';
import type { Order, OrderItem } from '../../upstreams';
import type { Resolver } from './types';

const STATUS_LABELS: Readonly<Record<Order['status'], string>> = {
  PENDING: 'Pending',
  PAID: 'Paid',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

// An order that is not the viewer's answers exactly like one that does not exist.
const orderDetail: Resolver<unknown, { id: string }, Order> = async (
  _parent,
  { id },
  { upstreams, call, principal },
) => {
  const order = await upstreams.orders.getOrder(call, id);
  if (order.userId !== principal.id) throw new AppError('NOT_FOUND', { upstream: 'orders' });
  return order;
};

const itemCount = (order: Order): number =>
  order.items.reduce((sum, item) => sum + item.quantity, 0);

const orderLabels = {
  statusLabel: (order: Order) => STATUS_LABELS[order.status],
  placedOnLabel: (order: Order) => dayLabel(order.createdAt),
  itemCountLabel: (order: Order) => countLabel(itemCount(order), 'item'),
  totalLabel: (order: Order) => moneyLabel(order.total.amountMinor, order.total.currency),
};

const thumbnailUrl: Resolver<Order, object, string | null> = async (
  { items },
  _args,
  { loaders },
) => {
  const first = items[0];
  return first ? (await loaders.productById.load(first.productId)).imageUrl : null;
};

const lineFields = {
  quantityLabel: ({ quantity, unitPrice }: OrderItem) =>
    `${quantity} × ${moneyLabel(unitPrice.amountMinor, unitPrice.currency)}`,
  priceLabel: ({ quantity, unitPrice }: OrderItem) =>
    moneyLabel(quantity * unitPrice.amountMinor, unitPrice.currency),
  title: (async ({ productId }, _args, { loaders }) =>
    (await loaders.productById.load(productId)).name) satisfies Resolver<OrderItem, object, string>,
  thumbnailUrl: (async ({ productId }, _args, { loaders }) =>
    (await loaders.productById.load(productId)).imageUrl) satisfies Resolver<
    OrderItem,
    object,
    string
  >,
};

export const orderResolvers = {
  Query: { orderDetail },
  OrderSummary: { ...orderLabels, itemCount, thumbnailUrl },
  OrderDetail: { ...orderLabels, lines: (order: Order) => order.items },
  OrderLine: lineFields,
};
