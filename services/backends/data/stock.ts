import { createPrng } from './prng';
import type { ProductRecord, StockRecord } from './types';
import { freeze } from './intrinsics';

/** About a quarter of products are out of stock, so "in stock" filters have work to do. */
const OUT_OF_STOCK_SHARE = 0.25;

export function generateStock(products: readonly ProductRecord[]): Map<string, StockRecord> {
  const prng = createPrng('stock');
  const stock = new Map<string, StockRecord>();
  for (const product of products) {
    const available = prng.chance(OUT_OF_STOCK_SHARE) ? 0 : prng.int(1, 500);
    stock.set(product.id, freeze({ productId: product.id, available, reserved: prng.int(0, 12) }));
  }
  return stock;
}
