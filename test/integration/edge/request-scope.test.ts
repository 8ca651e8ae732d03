import { mintToken } from '../../support/tokens';
import { postGraphQL, startTestServer, type TestServer } from './fixtures/test-server';

describe('edge request scope (deadline and abort signal)', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer({ requestDeadlineMs: 150 });
    token = mintToken({ keys: server.keys, ttlSec: 3600 });
  });
  afterAll(() => server.close());

  it('aborts the context signal with a TimeoutError when the deadline passes', async () => {
    const started = Date.now();
    const res = await postGraphQL(server.url, token, { query: '{ slow }' });
    expect(res.body.data).toEqual({ slow: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('aborts the context signal with an AbortError when the client disconnects', async () => {
    const before = server.aborts.length;
    const client = new AbortController();
    const pending = fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ slow }' }),
      signal: client.signal,
    });
    await waitFor(() => server.calls.slow >= 2);
    client.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => server.aborts.length > before);
    expect(server.aborts.at(-1)).toBe('AbortError');
  });

  it('counts answered requests by client and status in the metrics registry', async () => {
    await postGraphQL(server.url, token, { query: '{ hello }' });
    const text = await server.registry.metrics();
    expect(text).toMatch(/frontdoor_http_requests_total\{client="test",status="200"\} \d+/);
    expect(text).toMatch(/frontdoor_http_request_duration_seconds_count\{client="test"\} \d+/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
