import { type Money } from '../money';

export type OrderStatus = 'PENDING' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';

export interface OrderItem {
  productId: string;
  quantity: number;
  unitPrice: Money;
}

export interface Order {
  id: string;
  userId: string;
  status: OrderStatus;
  /** RFC 3339, as the backend sent it. */
  createdAt: string;
  total: Money;
  items: OrderItem[];
}

export interface CreateOrderInput {
  items: { productId: string; quantity: number }[];
  /** Same key, same order: makes a retried create safe. */
  idempotencyKey: string;
}
