import { AppError, countLabel, dayLabel, moneyLabel } from '../../shared';
import type { Order } from '../../upstreams';
import type {
  OrderDetailResolvers,
  OrderLineResolvers,
  OrderSummaryResolvers,
  QueryResolvers,
  Resolvers,
} from '../generated/graphql';

const STATUS_LABELS: Readonly<Record<Order['status'], string>> = {
  PENDING: 'Pending',
  PAID: 'Paid',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
  CANCELLED: 'Cancelled',
};

// An order that is not the viewer's answers exactly like one that does not exist.
const orderDetail: QueryResolvers['orderDetail'] = async (
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

// Shared by OrderSummary and OrderDetail: both are an upstream Order, labelled for the screen.
const orderLabels = {
  statusLabel: (order: Order) => STATUS_LABELS[order.status],
  placedOnLabel: (order: Order) => dayLabel(order.createdAt),
  itemCountLabel: (order: Order) => countLabel(itemCount(order), 'item'),
  totalLabel: (order: Order) => moneyLabel(order.total.amountMinor, order.total.currency),
} satisfies OrderSummaryResolvers & OrderDetailResolvers;

const thumbnailUrl: OrderSummaryResolvers['thumbnailUrl'] = async (
  { items },
  _args,
  { loaders },
) => {
  const first = items[0];
  return first ? (await loaders.productById.load(first.productId)).imageUrl : null;
};

const lineFields: OrderLineResolvers = {
  quantityLabel: ({ quantity, unitPrice }) =>
    `${quantity} × ${moneyLabel(unitPrice.amountMinor, unitPrice.currency)}`,
  priceLabel: ({ quantity, unitPrice }) =>
    moneyLabel(quantity * unitPrice.amountMinor, unitPrice.currency),
  title: async ({ productId }, _args, { loaders }) =>
    (await loaders.productById.load(productId)).name,
  thumbnailUrl: async ({ productId }, _args, { loaders }) =>
    (await loaders.productById.load(productId)).imageUrl,
};

export const orderResolvers: Resolvers = {
  Query: { orderDetail },
  OrderSummary: { ...orderLabels, itemCount, thumbnailUrl },
  OrderDetail: { ...orderLabels, lines: (order) => order.items },
  OrderLine: lineFields,
};
