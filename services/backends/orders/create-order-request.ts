import { BackendError } from '../common/backend-error';
import { isValidId } from '../common/ids';
import type { ProductRecord, SampleData } from '../data/types';

export const MAX_ORDER_ITEMS = 20;
export const MAX_ITEM_QUANTITY = 99;

export interface ValidOrderLine {
  readonly product: ProductRecord;
  readonly quantity: number;
}

const badRequest = (message: string) => new BackendError('INVALID_ARGUMENT', message);
const unprocessable = (message: string) => new BackendError('VALIDATION_FAILED', message);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Shape errors are 400: the body is not a CreateOrderRequest at all. */
function readItems(body: unknown): Array<{ productId: string; quantity: number }> {
  if (!isObject(body) || !Array.isArray(body.items)) throw badRequest('items must be an array.');
  if (body.items.length === 0 || body.items.length > MAX_ORDER_ITEMS) {
    throw unprocessable(`An order has 1..${MAX_ORDER_ITEMS} items.`);
  }
  return body.items.map((item: unknown) => {
    if (
      !isObject(item) ||
      typeof item.product_id !== 'string' ||
      typeof item.quantity !== 'number'
    ) {
      throw badRequest('Each item needs a string product_id and a numeric quantity.');
    }
    if (!isValidId(item.product_id)) throw badRequest('product_id is not a valid id.');
    return { productId: item.product_id, quantity: item.quantity };
  });
}

/**
 * Validates a POST /orders body. Malformed input is 400; a well-formed order the shop cannot
 * accept (no or too many items, quantity outside 1..99, unknown or repeated product) is 422.
 */
export function validateCreateOrder(body: unknown, data: SampleData): ValidOrderLine[] {
  const seen = new Set<string>();
  return readItems(body).map(({ productId, quantity }) => {
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_ITEM_QUANTITY) {
      throw unprocessable(`quantity must be an integer in 1..${MAX_ITEM_QUANTITY}.`);
    }
    if (seen.has(productId)) throw unprocessable(`Product ${productId} is listed twice.`);
    seen.add(productId);
    const product = data.productsById.get(productId);
    if (!product) throw unprocessable(`Unknown product ${productId}.`);
    return { product, quantity };
  });
}

/** A canonical form of the order lines, compared when an idempotency key is reused. */
export function fingerprint(lines: readonly ValidOrderLine[]): string {
  return lines.map((line) => `${line.product.id}x${line.quantity}`).join(',');
}
