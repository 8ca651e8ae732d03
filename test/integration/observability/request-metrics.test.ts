import { BACKEND_NAMES, metricValue } from '../../support/graphql-http';
import { persisted, startMobileStack, type MobileStack } from '../../support/mobile-bff';
import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

/** Waits until the response-close hooks of everything sent so far have run. */
async function settled(adminUrl: string, client: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const inFlight = await metricValue(adminUrl, 'frontdoor_graphql_requests_in_flight', {
      client,
    });
    if (inFlight === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('web request metrics after known requests', () => {
  let stack: WebStack;
  let productCount = 0;
  const value = (name: string, labels: Record<string, string>) =>
    metricValue(stack.bff.adminUrl, name, labels);

  beforeAll(async () => {
    // OrderHistory costs 341: two fit in 1000 points, the third is refused.
    stack = await startWebStack({ env: { RATE_LIMIT_POINTS: '1000' } });
    await stack.query('query Nope { nope }');
    const first = await stack.query(ORDER_HISTORY);
    const orders = (
      first.body.data as { me: { orders: Array<{ items: Array<{ product: { id: string } }> }> } }
    ).me.orders;
    productCount = new Set(orders.flatMap((o) => o.items.map((i) => i.product.id))).size;
    await stack.query(ORDER_HISTORY);
    expect((await stack.query(ORDER_HISTORY)).status).toBe(429);
    await settled(stack.bff.adminUrl, 'web');
  });
  afterAll(() => stack.stop());

  it('counts requests by operation and outcome, unknown documents as "other"', async () => {
    const requests = (operation: string, outcome: string) =>
      value('frontdoor_graphql_requests_total', { client: 'web', operation, outcome });
    expect(await requests('OrderHistory', 'ok')).toBe(2);
    expect(await requests('OrderHistory', 'RATE_LIMITED')).toBe(1);
    expect(await requests('other', 'GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(await requests('Nope', 'GRAPHQL_VALIDATION_FAILED')).toBe(0);
    const latency = { client: 'web', operation: 'OrderHistory' };
    expect(await value('frontdoor_graphql_request_duration_seconds_count', latency)).toBe(3);
  });

  it('observes the cost of every charged operation and counts the refusal', async () => {
    expect(await value('frontdoor_graphql_operation_cost_count', { client: 'web' })).toBe(3);
    expect(await value('frontdoor_graphql_operation_cost_sum', { client: 'web' })).toBe(3 * 341);
    expect(await value('frontdoor_rate_limited_total', { client: 'web' })).toBe(1);
    expect(await value('frontdoor_graphql_requests_in_flight', { client: 'web' })).toBe(0);
  });

  it('counts one call per backend per served OrderHistory, with every product in one batch', async () => {
    for (const upstream of BACKEND_NAMES) {
      expect(await value('frontdoor_upstream_requests_total', { upstream })).toBe(2);
    }
    for (const upstream of ['catalog', 'inventory', 'reviews']) {
      expect(await value('frontdoor_upstream_batch_size_count', { upstream })).toBe(2);
      expect(await value('frontdoor_upstream_batch_size_sum', { upstream })).toBe(2 * productCount);
    }
    const ok = { upstream: 'catalog', outcome: 'ok' };
    expect(await value('frontdoor_upstream_request_duration_seconds_count', ok)).toBe(2);
  });
});

describe('mobile request metrics', () => {
  let stack: MobileStack;
  beforeAll(async () => {
    stack = await startMobileStack();
  });
  afterAll(() => stack.stop());

  it('labels operations by persisted hash, and hashes not in the list as "other"', async () => {
    const auth = { authorization: `Bearer ${stack.token()}` };
    const hash = stack.hashOf('HomeScreen');
    const post = (body: unknown) =>
      fetch(stack.bff.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(body),
      }).then((r) => r.text());
    await post(persisted(hash));
    await post(persisted('0'.repeat(64)));
    await settled(stack.bff.adminUrl, 'mobile');
    const requests = (operation: string, outcome: string) =>
      metricValue(stack.bff.adminUrl, 'frontdoor_graphql_requests_total', {
        client: 'mobile',
        operation,
        outcome,
      });
    expect(await requests(hash, 'ok')).toBe(1);
    expect(await requests('other', 'PERSISTED_QUERY_NOT_IN_LIST')).toBe(1);
  });
});
