import { ORDER_HISTORY, startWebStack, type WebStack } from '../../support/web-bff';

const LATENCY_MS = 50;
type Backend = 'users' | 'orders' | 'catalog' | 'inventory' | 'reviews';

describe('web OrderHistory with 50 ms per backend call', () => {
  let slow: WebStack;
  let fast: WebStack;
  beforeAll(async () => {
    [slow, fast] = await Promise.all([
      startWebStack({ backends: { latency: { fixedMs: LATENCY_MS, jitterMs: 0 } } }),
      startWebStack(),
    ]);
    await Promise.all([slow.query(ORDER_HISTORY), fast.query(ORDER_HISTORY)]); // warm pools
  });
  afterAll(() => Promise.all([slow.stop(), fast.stop()]));

  it('calls users and orders together, then catalog, inventory and reviews together', async () => {
    slow.backends.clearCalls();
    await slow.query(ORDER_HISTORY);
    const at = (name: Backend): number => slow.backends[name].calls.list()[0]?.at ?? NaN;
    const first = [at('users'), at('orders')];
    const second = [at('catalog'), at('inventory'), at('reviews')];
    expect(Math.max(...first) - Math.min(...first)).toBeLessThan(LATENCY_MS / 2);
    expect(Math.max(...second) - Math.min(...second)).toBeLessThan(LATENCY_MS / 2);
    expect(Math.min(...second) - Math.max(...first)).toBeGreaterThanOrEqual(LATENCY_MS - 5);
  });

  it('completes in well under three round trips', async () => {
    // The same query on a stack without added latency, interleaved in the same run, carries
    // the BFF's and the backends' own work; the difference is the time spent waiting on
    // backends: two waves are 2 x 50 ms, three would be 3 x 50 ms.
    const best = { slow: Infinity, fast: Infinity };
    for (let run = 0; run < 5; run += 1) {
      best.fast = Math.min(best.fast, await timed(() => fast.query(ORDER_HISTORY)));
      best.slow = Math.min(best.slow, await timed(() => slow.query(ORDER_HISTORY)));
    }
    const waiting = best.slow - best.fast;
    expect(waiting).toBeGreaterThan(LATENCY_MS);
    expect(waiting).toBeLessThan(2.5 * LATENCY_MS);
  });
});

async function timed(request: () => Promise<{ status: number }>): Promise<number> {
  const started = performance.now();
  const { status } = await request();
  expect(status).toBe(200);
  return performance.now() - started;
}
