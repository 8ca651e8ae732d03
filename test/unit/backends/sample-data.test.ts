import { generateSampleData, getSampleData } from '../../../services/backends/data/sample-data';
import type { SampleData } from '../../../services/backends/data/types';

const data = getSampleData();
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Everything, including the lazily built orders and reviews, as one comparable value. */
function snapshot(sample: SampleData) {
  return {
    users: sample.users,
    products: sample.products,
    stock: [...sample.stockByProduct.values()],
    orders: sample.users.map((user) => sample.ordersOf(user.id)),
    reviews: sample.products.map((product) => sample.reviewsOf(product.id)),
  };
}

describe('sample data', () => {
  it('builds the eager part well under 300 ms', () => {
    // Best of three: the bound is about the code, not about a GC pause on a busy CI box.
    const timings = [1, 2, 3].map(() => {
      const started = performance.now();
      generateSampleData();
      return performance.now() - started;
    });
    expect(Math.min(...timings)).toBeLessThan(300);
  });

  it('is identical across two generations, lazy parts included', () => {
    // Compared as JSON: a deep toEqual over ~100,000 records takes Jest seconds.
    const first = JSON.stringify(snapshot(generateSampleData()));
    expect(first.length).toBeGreaterThan(1_000_000);
    expect(JSON.stringify(snapshot(generateSampleData())) === first).toBe(true);
  });

  it('returns the same cached instance on every getSampleData call', () => {
    expect(getSampleData()).toBe(data);
  });

  it('has 1,000 users u0001..u1000 with internal fields filled in', () => {
    expect(data.users).toHaveLength(1_000);
    expect(data.users[0]?.id).toBe('u0001');
    expect(data.users[999]?.id).toBe('u1000');
    const bad = data.users.filter(
      (user) =>
        !/^\$2b\$12\$[./A-Za-z0-9]{53}$/.test(user.password_hash) ||
        user.internal_notes === '' ||
        !['standard', 'plus', 'staff'].includes(user.tier) ||
        !RFC3339.test(user.created_at),
    );
    expect(bad).toEqual([]);
  });

  it('has 10,000 products with unique SKU-XXXXXX codes in a dozen categories', () => {
    expect(data.products).toHaveLength(10_000);
    expect(data.products[0]?.id).toBe('p00001');
    expect(data.products[9_999]?.id).toBe('p10000');
    expect(data.productsBySku.size).toBe(10_000);
    expect(new Set(data.products.map((product) => product.category)).size).toBe(12);
    const bad = data.products.filter(
      (product) =>
        !/^SKU-[A-Z0-9]{6}$/.test(product.sku) ||
        product.imageUrl !== `https://img.frontdoor.example/products/${product.id}.jpg` ||
        product.price.currencyCode !== 'USD' ||
        !Number.isInteger(product.price.amountMinor) ||
        product.price.amountMinor <= 0,
    );
    expect(bad).toEqual([]);
  });

  it('gives every product a stock level, with a good share out of stock', () => {
    expect(data.stockByProduct.size).toBe(10_000);
    const levels = [...data.stockByProduct.values()];
    const outOfStock = levels.filter((level) => level.available === 0).length / levels.length;
    expect(outOfStock).toBeGreaterThan(0.15);
    expect(outOfStock).toBeLessThan(0.4);
    expect(levels.every((level) => level.reserved >= 0 && level.available >= 0)).toBe(true);
  });

  it('answers undefined for unknown users, products and orders', () => {
    expect(data.ordersOf('u9999')).toBeUndefined();
    expect(data.reviewsOf('p99999')).toBeUndefined();
    expect(data.ratingSummaryOf('nope')).toBeUndefined();
    expect(data.orderById('o-u9999-001')).toBeUndefined();
    expect(data.orderById('o-u0001-999')).toBeUndefined();
    expect(data.orderById('garbage')).toBeUndefined();
  });

  it('finds a generated order by id', () => {
    expect(data.orderById('o-u0042-001')).toBe(data.ordersOf('u0042')?.at(-1));
  });
});
