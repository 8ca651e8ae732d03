import type { ContextInput } from '../../../services/edge';
import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(5);
  }
}

describe('edge load shedding: requests in flight', () => {
  let server: TestServer;
  let token: string;
  let entered = 0;
  beforeAll(async () => {
    server = await startTestServer({
      loadShedding: { maxInFlight: 2, maxEventLoopDelayMs: 0, retryAfterSec: 3 },
      // A slow request: the context takes a second to build.
      createContext: async (input: ContextInput) => {
        entered++;
        await sleep(1000);
        return input;
      },
    });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('answers 503 SERVICE_OVERLOADED with Retry-After at once, before authentication, beyond maxInFlight', async () => {
    const slow = [1, 2].map(() => postGraphQL(server.url, token, { query: '{ hello }' }));
    await waitFor(() => entered >= 2);
    let slowDone = false;
    void Promise.all(slow).then(() => (slowDone = true));
    const shed = await postGraphQL(server.url, undefined, { query: '{ hello }' });
    // "At once": answered while the two admitted requests are still in flight, not queued behind them.
    expect(slowDone).toBe(false);
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('3');
    expect(shed.body).toEqual({
      errors: [
        {
          message: 'The service is overloaded; retry later.',
          extensions: { code: 'SERVICE_OVERLOADED' },
        },
      ],
    });
    expect((await Promise.all(slow)).map((res) => res.status)).toEqual([200, 200]);
  });

  it('serves again once the requests in flight are answered', async () => {
    const res = await postGraphQL(server.url, token, { query: '{ hello }' });
    expect(res.status).toBe(200);
  });
});

describe('edge load shedding: event-loop delay', () => {
  let server: TestServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer({
      loadShedding: { maxEventLoopDelayMs: 5, sampleIntervalMs: 100, retryAfterSec: 2 },
    });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('answers 503 SERVICE_OVERLOADED as JSON while the event loop lags, and serves again after', async () => {
    const until = Date.now() + 300;
    while (Date.now() < until); // block the event loop, as a CPU-bound burst would
    const shed = await postGraphQL(server.url, token, { query: '{ hello }' });
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('2');
    expect(shed.body.errors?.[0]?.extensions?.code).toBe('SERVICE_OVERLOADED');
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      await sleep(100);
      status = (await postGraphQL(server.url, token, { query: '{ hello }' })).status;
    }
    expect(status).toBe(200);
  });
});
