import { Registry } from 'prom-client';
import {
  createCatalogClient,
  createGrpcTransport,
  createRestTransport,
  createUpstreamMetrics,
  type CallContext,
  type GrpcTransport,
  type ResilienceOptions,
} from '../../../services/upstreams';
import { appFailure } from './support/app-failure';
import {
  closedPortUrl,
  startFaultHttpServer,
  type FaultHttpServer,
} from './support/fault-http-server';
import { startFaultGrpcServer, type FaultGrpcServer } from './support/fault-grpc-server';
import { metricValue } from './support/metric-values';

const ctx: CallContext = { requestId: 'req-retry' };
const NO_BREAKER: ResilienceOptions = { breaker: false };

let http: FaultHttpServer;
let grpcServer: FaultGrpcServer;
let registry: Registry;

beforeAll(async () => {
  [http, grpcServer] = await Promise.all([startFaultHttpServer(), startFaultGrpcServer()]);
});
afterAll(async () => {
  await http.stop();
  grpcServer.stop();
});
beforeEach(() => {
  registry = new Registry();
  http.received.length = 0;
  grpcServer.received.length = 0;
});

const counter = (name: string, labels: Record<string, string> = {}) =>
  metricValue(registry, name, labels);

function rest(baseUrl = http.url, resilience: ResilienceOptions = NO_BREAKER) {
  const metrics = createUpstreamMetrics(registry);
  return createRestTransport({ upstream: 'users', baseUrl, timeoutMs: 2000, resilience, metrics });
}

describe('REST retries', () => {
  it('retries a GET answered 503 once, after a jittered pause, and returns the retry answer', async () => {
    const transport = rest();
    const started = Date.now();
    const path = '/fail-once';
    const body = await transport.request(ctx, {
      operation: 'x',
      method: 'GET',
      path,
      query: { key: 'a' },
    });
    expect(body).toEqual({ attempt: 2 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(10);
    expect(http.received).toHaveLength(2);
    expect(await counter('frontdoor_upstream_requests_total', { upstream: 'users' })).toBe(2);
    expect(await counter('frontdoor_upstream_retries_total', { upstream: 'users' })).toBe(1);
    await transport.close();
  });

  it('retries a refused connection once, then gives UPSTREAM_UNAVAILABLE', async () => {
    const transport = rest(await closedPortUrl());
    const error = await appFailure(
      transport.request(ctx, { operation: 'x', method: 'GET', path: '/' }),
    );
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await counter('frontdoor_upstream_requests_total')).toBe(2);
    expect(await counter('frontdoor_upstream_retries_total')).toBe(1);
    await transport.close();
  });

  it.each([
    ['a POST answered 503', { method: 'POST', path: '/unavailable', body: {} }],
    ['a GET that timed out', { method: 'GET', path: '/slow-headers' }],
    ['a GET answered 500', { method: 'GET', path: '/error-500-json' }],
    ['a GET answered 429', { method: 'GET', path: '/overloaded' }],
  ] as const)('never retries %s', async (_case, req) => {
    const transport = rest();
    const soon = { ...ctx, deadline: Date.now() + 300 }; // /slow-headers times out at it
    await appFailure(transport.request(soon, { operation: 'x', ...req }));
    expect(http.received).toHaveLength(1);
    expect(await counter('frontdoor_upstream_retries_total')).toBe(0);
    await transport.close();
  });

  it('does not retry when less than minTimeLeftMs is left of the deadline', async () => {
    const transport = rest();
    const soon = { ...ctx, deadline: Date.now() + 60 };
    await appFailure(
      transport.request(soon, { operation: 'x', method: 'GET', path: '/unavailable' }),
    );
    expect(http.received).toHaveLength(1);
    expect(await counter('frontdoor_upstream_retries_denied_total', { reason: 'deadline' })).toBe(
      1,
    );
    await transport.close();
  });

  it('retries at most max(3, 20% of calls in flight) when every call fails at once', async () => {
    // The backoff holds each granted retry while the 19 other failures are decided.
    const transport = rest(http.url, {
      breaker: false,
      retry: { backoff: { minMs: 200, maxMs: 200 } },
    });
    const req = {
      operation: 'x',
      method: 'GET',
      path: '/unavailable-together',
      query: { n: '20' },
    } as const;
    await Promise.all(Array.from({ length: 20 }, () => appFailure(transport.request(ctx, req))));
    const retries = await counter('frontdoor_upstream_retries_total');
    expect(retries).toBeGreaterThanOrEqual(3);
    expect(retries).toBeLessThanOrEqual(4); // floor(20% of 20)
    expect(http.received).toHaveLength(20 + retries);
    expect(await counter('frontdoor_upstream_retries_denied_total', { reason: 'budget' })).toBe(
      20 - retries,
    );
    await transport.close();
  });
});

describe('gRPC retries', () => {
  let transport: GrpcTransport;
  beforeEach(() => {
    transport = createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address: grpcServer.address,
      timeoutMs: 2000,
      resilience: NO_BREAKER,
      metrics: createUpstreamMetrics(registry),
    });
  });
  afterEach(() => transport.close());

  it('retries a read answered UNAVAILABLE once and returns the retry answer', async () => {
    const product = await createCatalogClient(transport).getProduct(ctx, 'flaky-1');
    expect(product.id).toBe('flaky-1');
    expect(grpcServer.received.map((call) => call.method)).toEqual(['GetProduct', 'GetProduct']);
    expect(await counter('frontdoor_upstream_retries_total', { upstream: 'catalog' })).toBe(1);
  });

  it('does not retry DEADLINE_EXCEEDED or RESOURCE_EXHAUSTED', async () => {
    const client = createCatalogClient(transport);
    await appFailure(client.getProduct({ ...ctx, deadline: Date.now() + 150 }, 'slow'));
    await appFailure(client.getProduct(ctx, 'overloaded'));
    expect(grpcServer.received).toHaveLength(2);
  });
});
