import { startHangingGrpcServer, type HangingServer } from '../../support/fault-servers';
import {
  metricValue,
  ORDER_HISTORY,
  startWebStack,
  type GraphQLResponse,
  type WebStack,
} from '../../support/web-bff';

type Item = { product: { name: string | null; inStock: boolean | null; rating: number | null } };
type History = { me: { orders: Array<{ items: Item[] }> } };

const items = (response: GraphQLResponse): Item[] =>
  (response.body.data as History).me.orders.flatMap((order) => order.items);
const codesAt = (response: GraphQLResponse, field: string) =>
  new Set(
    response.body.errors?.filter((e) => e.path?.at(-1) === field).map((e) => e.extensions?.code),
  );

async function timed(run: () => Promise<GraphQLResponse>) {
  const started = Date.now();
  const response = await run();
  return { response, ms: Date.now() - started };
}

/** The web BFF's defaults: the breaker opens after 5 consecutive failures, for 30 s. */
describe('web BFF with the reviews backend hanging', () => {
  const CALL_BUDGET_MS = 600;
  let reviews: HangingServer;
  let stack: WebStack;
  beforeAll(async () => {
    reviews = await startHangingGrpcServer('reviews');
    stack = await startWebStack({
      env: { REVIEWS_ADDR: reviews.address, UPSTREAM_TIMEOUT_MS: String(CALL_BUDGET_MS) },
    });
  });
  afterAll(async () => {
    await stack.stop();
    await reviews.stop();
  });

  it('nulls only rating, waits the call budget until the circuit opens, then not at all', async () => {
    // The first request builds the sample data set: slow enough to time out anything.
    await stack.query(ORDER_HISTORY);
    const first = await timed(() => stack.query(ORDER_HISTORY));
    expect(first.response.status).toBe(200);
    expect(
      items(first.response).every((i) => i.product.name !== null && i.product.rating === null),
    ).toBe(true);
    expect(codesAt(first.response, 'rating')).toEqual(new Set(['UPSTREAM_TIMEOUT']));
    expect(first.ms).toBeGreaterThanOrEqual(CALL_BUDGET_MS);
    while (
      (await metricValue(stack.bff.adminUrl, 'frontdoor_upstream_circuit_state', {
        upstream: 'reviews',
      })) !== 2
    ) {
      await stack.query(ORDER_HISTORY);
    }
    const seen = reviews.received();
    const open = await timed(() => stack.query(ORDER_HISTORY));
    expect(open.response.status).toBe(200);
    expect(codesAt(open.response, 'rating')).toEqual(new Set(['CIRCUIT_OPEN']));
    expect(items(open.response).every((i) => i.product.inStock !== null)).toBe(true);
    expect(open.ms).toBeLessThan(CALL_BUDGET_MS);
    expect(reviews.received()).toBe(seen);
  });
});

describe('web BFF with the inventory backend stopped', () => {
  let stack: WebStack;
  beforeAll(async () => {
    stack = await startWebStack();
    await stack.backends.inventory.stop();
  });
  afterAll(() => stack.stop());

  const sent = () =>
    metricValue(stack.bff.adminUrl, 'frontdoor_upstream_requests_total', { upstream: 'inventory' });

  it('retries each refused call once, then opens the circuit and stops connecting', async () => {
    const first = await stack.query(ORDER_HISTORY);
    expect(codesAt(first, 'inStock')).toEqual(new Set(['UPSTREAM_UNAVAILABLE']));
    expect(
      await metricValue(stack.bff.adminUrl, 'frontdoor_upstream_retries_total', {
        upstream: 'inventory',
      }),
    ).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < 4; i += 1) await stack.query(ORDER_HISTORY);
    const attempts = await sent();
    expect(attempts).toBeLessThanOrEqual(6);
    const later = await stack.query(ORDER_HISTORY);
    expect(later.status).toBe(200);
    expect(codesAt(later, 'inStock')).toEqual(new Set(['CIRCUIT_OPEN']));
    // Only inStock failed: names and ratings were served.
    expect(new Set(later.body.errors?.map((e) => e.path?.at(-1)))).toEqual(new Set(['inStock']));
    expect(items(later).every((i) => i.product.name !== null)).toBe(true);
    expect(await sent()).toBe(attempts);
  });
});
