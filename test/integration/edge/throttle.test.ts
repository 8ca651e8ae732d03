import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

// items(first: 11) { id name } costs 11 objects (scalars ride with their object) against a
// budget of 30 per minute.
const ELEVEN = { query: '{ items(first: 11) { id name } }' };

describe('edge throttling by operation cost', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ rateLimit: { points: 30, durationSec: 60 } });
  });
  afterAll(() => server.close());

  it('sends RateLimit and RateLimit-Policy headers on served responses', async () => {
    const res = await postGraphQL(
      server.url,
      mintToken({ keys: server.keys, sub: 'headers' }),
      ELEVEN,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit-policy')).toBe('"default";q=30;w=60');
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=19;t=(59|60)$/);
  });

  it('answers 429 RATE_LIMITED with Retry-After once the budget is spent, without running the resolver', async () => {
    const token = mintToken({ keys: server.keys, sub: 'spender' });
    await postGraphQL(server.url, token, ELEVEN);
    await postGraphQL(server.url, token, ELEVEN);
    const callsBefore = server.calls.items;

    const res = await postGraphQL(server.url, token, ELEVEN);

    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      errors: [{ message: 'Too many requests.', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(server.calls.items).toBe(callsBefore);
    const reset = Number(/t=(\d+)/.exec(res.headers.get('ratelimit') ?? '')?.[1]);
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=8;t=\d+$/);
    expect(res.headers.get('ratelimit-policy')).toBe('"default";q=30;w=60');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(reset);
  });

  it('does not charge a rejected operation: a cheaper one still fits afterwards', async () => {
    const token = mintToken({ keys: server.keys, sub: 'refund' });
    await postGraphQL(server.url, token, ELEVEN);
    await postGraphQL(server.url, token, ELEVEN);
    expect((await postGraphQL(server.url, token, ELEVEN)).status).toBe(429);
    const cheap = await postGraphQL(server.url, token, { query: '{ hello }' });
    expect(cheap.status).toBe(200);
    expect(cheap.headers.get('ratelimit')).toMatch(/^"default";r=7;/);
  });

  it('rejects an operation costing more than the whole budget, even for a fresh caller', async () => {
    const token = mintToken({ keys: server.keys, sub: 'greedy' });
    const res = await postGraphQL(server.url, token, { query: '{ items(first: 100) { id } }' });
    expect(res.status).toBe(429);
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=30;/);
  });

  it('keeps separate budgets per principal', async () => {
    const res = await postGraphQL(
      server.url,
      mintToken({ keys: server.keys, sub: 'fresh' }),
      ELEVEN,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toMatch(/^"default";r=19;/);
  });
});
