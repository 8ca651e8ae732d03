import {
  readArray,
  readCurrency,
  readEnum,
  readId,
  readInteger,
  readRecord,
  readString,
} from '../wire/wire-readers';
import { type Order, type OrderItem, type OrderStatus } from './types';

const STATUSES: readonly OrderStatus[] = ['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

/** OrderResource -> Order; amounts are integer minor units in the order's one currency. */
export function toOrder(value: unknown, path = 'order'): Order {
  const wire = readRecord(value, path);
  const currency = readCurrency(wire['currency'], `${path}.currency`);
  const toItem = (item: unknown, at: string): OrderItem => {
    const line = readRecord(item, at);
    return {
      productId: readId(line['product_id'], `${at}.product_id`),
      quantity: readInteger(line['quantity'], `${at}.quantity`, 1),
      unitPrice: {
        amountMinor: readInteger(line['unit_price_minor'], `${at}.unit_price_minor`),
        currency,
      },
    };
  };
  return {
    id: readId(wire['id'], `${path}.id`),
    userId: readId(wire['user_id'], `${path}.user_id`),
    status: readEnum(wire['status'], STATUSES, `${path}.status`),
    createdAt: readString(wire['created_at'], `${path}.created_at`),
    total: { amountMinor: readInteger(wire['total_minor'], `${path}.total_minor`), currency },
    items: readArray(wire['items'], `${path}.items`, toItem),
  };
}

/** OrdersBatchResponse -> [userId, orders] pairs. */
export function toOrdersByUser(value: unknown): Array<[string, Order[]]> {
  const results = readRecord(value, 'body')['results'];
  return readArray(results, 'body.results', (entry, at) => {
    const result = readRecord(entry, at);
    const orders = readArray(result['orders'], `${at}.orders`, toOrder);
    return [readId(result['user_id'], `${at}.user_id`), orders];
  });
}
