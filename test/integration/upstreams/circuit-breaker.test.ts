import { Registry } from 'prom-client';
import {
  createCatalogClient,
  createGrpcTransport,
  createRestTransport,
  createUpstreamMetrics,
  type BreakerOptions,
  type CallContext,
  type RestTransport,
} from '../../../services/upstreams';
import { appFailure } from './support/app-failure';
import { startFaultHttpServer, type FaultHttpServer } from './support/fault-http-server';
import { startFaultGrpcServer, type FaultGrpcServer } from './support/fault-grpc-server';
import { metricValue } from './support/metric-values';

const ctx: CallContext = { requestId: 'req-breaker' };
const HALF_OPEN_MS = 100;

let http: FaultHttpServer;
let registry: Registry;
let rest: RestTransport;

beforeAll(async () => {
  http = await startFaultHttpServer();
});
afterAll(() => http.stop());
beforeEach(() => {
  registry = new Registry();
  http.received.length = 0;
  rest = restWith({});
});
afterEach(() => rest.close());

function restWith(breaker: BreakerOptions): RestTransport {
  return createRestTransport({
    upstream: 'users',
    baseUrl: http.url,
    timeoutMs: 250,
    resilience: { retry: false, breaker: { halfOpenAfterMs: HALF_OPEN_MS, ...breaker } },
    metrics: createUpstreamMetrics(registry),
  });
}

const get = (path: string, callCtx = ctx, transport = rest) =>
  transport.request(callCtx, { operation: 'x', method: 'GET', path });
const gauge = () =>
  metricValue(registry, 'frontdoor_upstream_circuit_state', { upstream: 'users' });
const times = async (n: number, run: (i: number) => Promise<unknown>) => {
  for (let i = 0; i < n; i += 1) await run(i).catch(() => undefined);
};

describe('circuit breaker on a REST backend', () => {
  it('opens after 5 consecutive failures, then fails at once with CIRCUIT_OPEN and sends nothing', async () => {
    await times(5, () => get('/error-500-json'));
    expect(rest.circuitState()).toBe('open');
    expect(await gauge()).toBe(2);
    http.received.length = 0;
    const started = Date.now();
    const error = await appFailure(get('/ok'));
    expect(error).toMatchObject({ code: 'CIRCUIT_OPEN', upstream: 'users' });
    expect(Date.now() - started).toBeLessThan(100); // no connection, no timer
    expect(http.received).toHaveLength(0);
    expect(
      await metricValue(registry, 'frontdoor_upstream_rejected_total', { reason: 'circuit_open' }),
    ).toBe(1);
  });

  it.each([
    ['NOT_FOUND', '/nowhere'],
    ['BAD_USER_INPUT', '/rejected'],
    ['FORBIDDEN', '/forbidden'],
  ])(
    'stays closed through any number of %s answers: the caller erred, not the backend',
    async (_code, path) => {
      await times(25, () => get(path));
      expect(rest.circuitState()).toBe('closed');
      expect(await gauge()).toBe(0);
    },
  );

  it('does not count calls the client abandoned mid-flight against the backend', async () => {
    await times(8, () => {
      const client = new AbortController();
      setTimeout(() => client.abort(), 20);
      return get('/slow-headers', { ...ctx, signal: client.signal });
    });
    expect(rest.circuitState()).toBe('closed');
  });

  it('opens when at least half of 20 calls in the window fail, without 5 in a row', async () => {
    const ratio = restWith({ consecutiveFailures: 100 });
    await times(19, (i) => get(i % 2 === 0 ? '/ok' : '/error-500-json', ctx, ratio));
    expect(ratio.circuitState()).toBe('closed');
    await times(1, () => get('/error-500-json', ctx, ratio)); // 10 of 20
    expect(ratio.circuitState()).toBe('open');
    await ratio.close();
  });

  it('lets one probe through after halfOpenAfter; others fail fast; a success closes it', async () => {
    await times(5, () => get('/error-500-json'));
    await new Promise((resolve) => setTimeout(resolve, HALF_OPEN_MS + 20));
    http.received.length = 0;
    const probe = get('/ok-after-100ms');
    expect(rest.circuitState()).toBe('half-open');
    expect(await gauge()).toBe(1);
    expect((await appFailure(get('/ok'))).code).toBe('CIRCUIT_OPEN');
    await expect(probe).resolves.toEqual({ late: 'ok' });
    expect(http.received.map((r) => r.url)).toEqual(['/ok-after-100ms']);
    expect(rest.circuitState()).toBe('closed');
    await expect(get('/ok')).resolves.toEqual({ hello: 'world' });
  });

  it('opens again for another halfOpenAfter when the probe fails', async () => {
    await times(5, () => get('/error-500-json'));
    await new Promise((resolve) => setTimeout(resolve, HALF_OPEN_MS + 20));
    expect((await appFailure(get('/unavailable'))).code).toBe('UPSTREAM_UNAVAILABLE');
    expect(rest.circuitState()).toBe('open');
    expect((await appFailure(get('/ok'))).code).toBe('CIRCUIT_OPEN');
  });

  it('is off with breaker: false: every failing call is sent', async () => {
    const off = createRestTransport({
      upstream: 'users',
      baseUrl: http.url,
      resilience: { retry: false, breaker: false },
      metrics: createUpstreamMetrics(registry),
    });
    await times(8, () => get('/error-500-json', ctx, off));
    expect(http.received).toHaveLength(8);
    expect(off.circuitState()).toBe('closed');
    await off.close();
  });
});

describe('circuit breaker on a gRPC backend', () => {
  let server: FaultGrpcServer;
  beforeAll(async () => {
    server = await startFaultGrpcServer();
  });
  afterAll(() => server.stop());

  it('opens after 5 RESOURCE_EXHAUSTED answers and stops calling the backend', async () => {
    const transport = createGrpcTransport({
      upstream: 'catalog',
      service: 'catalog',
      address: server.address,
      resilience: { breaker: { halfOpenAfterMs: HALF_OPEN_MS } },
      metrics: createUpstreamMetrics(registry),
    });
    const catalog = createCatalogClient(transport);
    await times(5, () => catalog.getProduct(ctx, 'overloaded'));
    server.received.length = 0;
    const error = await appFailure(catalog.getProduct(ctx, 'p1'));
    expect(error).toMatchObject({ code: 'CIRCUIT_OPEN', upstream: 'catalog' });
    expect(server.received).toHaveLength(0);
    expect(transport.circuitState()).toBe('open');
    expect(
      await metricValue(registry, 'frontdoor_upstream_circuit_state', { upstream: 'catalog' }),
    ).toBe(2);
    transport.close();
  });
});
