import { Registry } from 'prom-client';
import { AppError } from '../../../services/shared';
import {
  createRestTransport,
  createUpstreamMetrics,
  createUsersClient,
  type CallContext,
  type RestTransport,
} from '../../../services/upstreams';
import {
  closedPortUrl,
  startFaultHttpServer,
  type FaultHttpServer,
} from './support/fault-http-server';
import { metricValue } from './support/metric-values';

const TIMEOUT_MS = 250;
const MARGIN_MS = 250;
const ctx: CallContext = {
  requestId: 'req-42',
  identity: { kind: 'user', id: 'u1', scopes: ['orders:read', 'orders:write'] },
};

let server: FaultHttpServer;
let registry: Registry;
let rest: RestTransport;

beforeAll(async () => {
  server = await startFaultHttpServer();
});
afterAll(async () => {
  await server.stop();
});
beforeEach(() => {
  registry = new Registry();
  rest = createRestTransport({
    upstream: 'users',
    baseUrl: server.url,
    timeoutMs: TIMEOUT_MS,
    maxResponseBytes: 32 * 1024,
    metrics: createUpstreamMetrics(registry),
  });
  server.received.length = 0;
});
afterEach(async () => {
  await rest.close();
});

const get = (path: string, callCtx: CallContext = ctx) =>
  rest.request(callCtx, { operation: 'probe', method: 'GET', path });

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe('REST transport against a misbehaving backend', () => {
  it('resolves with the parsed JSON of a 2xx', async () => {
    await expect(get('/ok')).resolves.toEqual({ hello: 'world' });
  });

  it.each([
    ['/error-500-json', 'UPSTREAM_ERROR', 'a 500 with a JSON body'],
    ['/html-502', 'UPSTREAM_ERROR', 'an HTML 502'],
    ['/unavailable', 'UPSTREAM_UNAVAILABLE', 'a 503'],
    ['/overloaded', 'UPSTREAM_OVERLOADED', 'a 429'],
    ['/redirect', 'UPSTREAM_BAD_RESPONSE', 'a redirect'],
    ['/nowhere', 'NOT_FOUND', 'a 404'],
    ['/invalid-json', 'UPSTREAM_BAD_RESPONSE', 'invalid JSON'],
    ['/html-200', 'UPSTREAM_BAD_RESPONSE', 'a 200 in HTML'],
    ['/oversized', 'UPSTREAM_BAD_RESPONSE', 'a body over the cap (content-length)'],
    ['/oversized-chunked', 'UPSTREAM_BAD_RESPONSE', 'a chunked body over the cap'],
    ['/reset', 'UPSTREAM_UNAVAILABLE', 'a reset connection'],
  ])('rejects %s with %s (%s), naming the upstream but not its address', async (path, code) => {
    const error = await failure(get(path));
    expect(error).toMatchObject({ code, upstream: 'users' });
    expect(error.message).not.toMatch(/127\.0\.0\.1|http:|internal|10\.0\.0/);
  });

  it('does not follow a redirect: the target is never requested', async () => {
    await failure(get('/redirect'));
    expect(server.received.map((r) => r.url)).toEqual(['/redirect']);
  });

  it('keeps a plain backend error code from a 422 as details, never the backend message', async () => {
    const error = await failure(get('/rejected'));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { upstreamCode: 'OUT_OF_STOCK' },
    });
    expect(JSON.stringify(error.details) + error.message).not.toContain('warehouse');
  });

  it('returns UPSTREAM_UNAVAILABLE quickly when the connection is refused', async () => {
    const refused = createRestTransport({
      upstream: 'orders',
      baseUrl: await closedPortUrl(),
      metrics: createUpstreamMetrics(registry),
    });
    const started = Date.now();
    const error = await failure(
      refused.request(ctx, { operation: 'x', method: 'GET', path: '/ok' }),
    );
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: 'orders' });
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(refused.checkHealth()).resolves.toBe(false);
    await refused.close();
  });
});

describe('REST transport timeouts and deadlines', () => {
  it('returns UPSTREAM_TIMEOUT within the call budget when headers are slower than it', async () => {
    const started = Date.now();
    const error = await failure(get('/slow-headers'));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });

  it('returns UPSTREAM_TIMEOUT within the budget when the body drips slower than it', async () => {
    const started = Date.now();
    const error = await failure(get('/drip'));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
  });

  it('finishes by the request deadline when it is sooner than the call budget', async () => {
    const long = createRestTransport({
      upstream: 'users',
      baseUrl: server.url,
      timeoutMs: 5000,
      metrics: createUpstreamMetrics(new Registry()),
    });
    const started = Date.now();
    const deadlineCtx = { ...ctx, deadline: started + 150 };
    const error = await failure(
      long.request(deadlineCtx, { operation: 'x', method: 'GET', path: '/slow-headers' }),
    );
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(150 + MARGIN_MS);
    await long.close();
  });

  it('returns UPSTREAM_TIMEOUT without sending anything when the deadline has passed', async () => {
    const error = await failure(get('/ok', { ...ctx, deadline: Date.now() - 1 }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(server.received).toHaveLength(0);
    expect(await metricValue(registry, 'frontdoor_upstream_requests_total')).toBe(0);
  });

  it('stops the call as soon as the client request is aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(get('/slow-headers', { ...ctx, signal: controller.signal }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(50 + MARGIN_MS);
  });
});

describe('REST transport headers, pooling and metrics', () => {
  it('sends the request id and verified identity, and nothing a caller tries to override', async () => {
    await rest.request(ctx, {
      operation: 'create',
      method: 'POST',
      path: '/echo',
      body: { a: 1 },
      headers: {
        'idempotency-key': 'k-123456',
        'x-principal-id': 'admin',
        'x-request-id': 'forged',
      },
    });
    const [sent] = server.received;
    expect(sent?.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/json',
      'x-request-id': 'req-42',
      'x-principal-kind': 'user',
      'x-principal-id': 'u1',
      'x-principal-scopes': 'orders:read orders:write',
      'idempotency-key': 'k-123456',
    });
    expect(sent?.body).toBe('{"a":1}');
  });

  it('reuses pooled keep-alive connections instead of opening one per call', async () => {
    for (let call = 0; call < 8; call += 1) await get('/ok');
    // undici may hand the next call to a second idle client while the first finishes its
    // bookkeeping, so "reused" means far fewer sockets than calls, not exactly one.
    expect(new Set(server.received.map((r) => r.remotePort)).size).toBeLessThanOrEqual(2);
  });

  it('counts one request per call sent, and none for a call refused before sending', async () => {
    const users = createUsersClient(rest);
    await users.batchGetUsers(ctx, ['a', 'b', 'ghost-1']);
    await failure(get('/error-500-json')); // a 500 is not retried (a 503 is: retry.test.ts)
    await failure(users.getUser(ctx, '../etc'));
    const total = (labels: Record<string, string>) =>
      metricValue(registry, 'frontdoor_upstream_requests_total', labels);
    expect(await total({ operation: 'batchGetUsers' })).toBe(1);
    expect(await total({ operation: 'probe' })).toBe(1);
    expect(await total({ operation: 'getUser' })).toBe(0);
    expect(server.received).toHaveLength(2);
  });

  it('records the outcome of each call and the keys per batch', async () => {
    const users = createUsersClient(rest);
    const found = await users.batchGetUsers(ctx, ['a', 'b', 'ghost-1']);
    await failure(get('/error-500-json'));
    expect([...found.keys()]).toEqual(['a', 'b']);
    const durations = 'frontdoor_upstream_request_duration_seconds';
    expect(await metricValue(registry, durations, { outcome: 'ok' }, `${durations}_count`)).toBe(1);
    expect(
      await metricValue(registry, durations, { outcome: 'UPSTREAM_ERROR' }, `${durations}_count`),
    ).toBe(1);
    const batch = 'frontdoor_upstream_batch_size';
    expect(await metricValue(registry, batch, { operation: 'batchGetUsers' }, `${batch}_sum`)).toBe(
      3,
    );
  });

  it('reports healthy when /healthz answers 200', async () => {
    await expect(rest.checkHealth()).resolves.toBe(true);
    expect(server.received[0]?.url).toBe('/healthz');
  });
});
