import { ORDER_HISTORY, PRODUCT_PAGE } from '../../support/web-bff';
import * as bench from '../../../scripts/bench/scenarios/web-operations';

describe('bench web operations', () => {
  it('are the queries the integration tests verify, byte for byte', () => {
    expect(bench.ORDER_HISTORY).toBe(ORDER_HISTORY);
    expect(bench.PRODUCT_PAGE).toBe(PRODUCT_PAGE);
  });

  it('rotate through valid sample ids', () => {
    expect(bench.BENCH_USERS).toHaveLength(10);
    expect(bench.BENCH_USERS.every((id) => /^u\d{4}$/.test(id))).toBe(true);
    expect(bench.BENCH_PRODUCTS.every((id) => /^p\d{5}$/.test(id) && id <= 'p10000')).toBe(true);
  });
});
