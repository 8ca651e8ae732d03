import { PRODUCT_COUNT, productId } from './ids';
import { createPrng, type Prng } from './prng';
import type { ProductRecord } from './types';
import { ADJECTIVES, CATEGORIES, MATERIALS, NOUNS } from './words';
import { floor, freeze } from './intrinsics';

const SKU_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function uniqueSku(prng: Prng, taken: Set<string>): string {
  for (;;) {
    let sku = 'SKU-';
    for (let i = 0; i < 6; i++) sku += SKU_ALPHABET[prng.int(0, SKU_ALPHABET.length - 1)];
    if (!taken.has(sku)) {
      taken.add(sku);
      return sku;
    }
  }
}

/** Prices end in .99, from $1.99 to under $500, skewed towards cheap items. */
function priceMinor(prng: Prng): number {
  const dollars = 2 + floor(498 * prng.next() ** 2);
  return dollars * 100 - 1;
}

function createProduct(prng: Prng, n: number, skus: Set<string>): ProductRecord {
  const id = productId(n);
  const name = `${prng.pick(ADJECTIVES)} ${prng.pick(MATERIALS)} ${prng.pick(NOUNS)}`;
  const category = prng.pick(CATEGORIES);
  return freeze({
    id,
    sku: uniqueSku(prng, skus),
    name,
    description: `${name}, from our ${category} range. Item ${n} of the sample catalogue.`,
    price: freeze({ currencyCode: 'USD', amountMinor: priceMinor(prng) }),
    category,
    imageUrl: `https://img.frontdoor.example/products/${id}.jpg`,
  });
}

/** PRODUCT_COUNT products ordered by id, each with a unique SKU-XXXXXX. */
export function generateProducts(): ProductRecord[] {
  const prng = createPrng('products');
  const skus = new Set<string>();
  const products: ProductRecord[] = [];
  for (let n = 1; n <= PRODUCT_COUNT; n++) products.push(createProduct(prng, n, skus));
  return products;
}
