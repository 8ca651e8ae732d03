import { Registry } from 'prom-client';
import {
  createRestTransport,
  createUpstreamMetrics,
  createUsersClient,
  type CallContext,
  type RestTransport,
} from '../../../services/upstreams';
import { appFailure } from './support/app-failure';
import {
  HUGE_BODY_BYTES,
  startFaultHttpServer,
  type FaultHttpServer,
} from './support/fault-http-server';

const ctx: CallContext = { requestId: 'req-faults' };
const CAP_BYTES = 64 * 1024;

let server: FaultHttpServer;
let rest: RestTransport;

beforeAll(async () => {
  server = await startFaultHttpServer();
});
afterAll(() => server.stop());
beforeEach(() => {
  // No retry and no breaker: each fault is seen once, as it is.
  rest = createRestTransport({
    upstream: 'users',
    baseUrl: server.url,
    timeoutMs: 1000,
    maxResponseBytes: CAP_BYTES,
    resilience: { retry: false, breaker: false },
    metrics: createUpstreamMetrics(new Registry()),
  });
  server.received.length = 0;
  server.stats.hugeBytesWritten = 0;
});
afterEach(() => rest.close());

const get = (path: string) => rest.request(ctx, { operation: 'probe', method: 'GET', path });

describe('REST transport reading a misbehaving body', () => {
  it.each([
    ['/truncated-json', 'UPSTREAM_BAD_RESPONSE', 'complete HTTP, JSON cut half way'],
    ['/reset-mid-body', 'UPSTREAM_UNAVAILABLE', 'the connection reset mid-body'],
    ['/html-502', 'UPSTREAM_ERROR', 'an HTML 502 from a proxy'],
    ['/redirect', 'UPSTREAM_BAD_RESPONSE', 'a 302 (never followed)'],
  ])('rejects %s with %s (%s), without the backend address', async (path, code) => {
    const error = await appFailure(get(path));
    expect(error).toMatchObject({ code, upstream: 'users' });
    expect(error.message).not.toMatch(/127\.0\.0\.1|10\.0\.0/);
  });

  it('rejects a wrongly shaped user with UPSTREAM_BAD_RESPONSE, even among good ones', async () => {
    const users = createUsersClient(rest);
    const error = await appFailure(users.batchGetUsers(ctx, ['a', 'bad-shape']));
    expect(error).toMatchObject({ code: 'UPSTREAM_BAD_RESPONSE', upstream: 'users' });
  });

  it('stops reading a huge body at the cap and drops the connection instead of draining it', async () => {
    const error = await appFailure(get('/huge'));
    expect(error.code).toBe('UPSTREAM_BAD_RESPONSE');
    // Socket buffers let a few MiB out before backpressure; far from the 20 MiB.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.stats.hugeBytesWritten).toBeLessThan(HUGE_BODY_BYTES / 2);
  });

  it('still serves the next call after a reset connection (the pool recovers)', async () => {
    await appFailure(get('/reset-mid-body'));
    await expect(get('/ok')).resolves.toEqual({ hello: 'world' });
  });
});
