import { Registry } from 'prom-client';
import {
  createRestTransport,
  createUpstreamMetrics,
  type CallContext,
  type RestTransport,
} from '../../../services/upstreams';
import { appFailure, eventually } from './support/app-failure';
import { startFaultHttpServer, type FaultHttpServer } from './support/fault-http-server';
import { metricValue } from './support/metric-values';

const ctx: CallContext = { requestId: 'req-bulkhead' };
/** "At once": well inside the 250 ms a slot would take to free, even on a loaded machine. */
const SOON_MS = 100;

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
  rest = createRestTransport({
    upstream: 'orders',
    baseUrl: http.url,
    timeoutMs: 250,
    resilience: { retry: false, breaker: false, bulkhead: { maxConcurrent: 2, maxQueued: 1 } },
    metrics: createUpstreamMetrics(registry),
  });
});
afterEach(() => rest.close());

const get = (path: string, callCtx = ctx) =>
  rest.request(callCtx, { operation: 'x', method: 'GET', path });
const metric = (name: string, labels: Record<string, string> = {}) =>
  metricValue(registry, name, { upstream: 'orders', ...labels });

describe('bulkhead per backend', () => {
  it('fails at once with UPSTREAM_OVERLOADED beyond maxConcurrent + maxQueued, sending nothing', async () => {
    const slow = [get('/slow-headers'), get('/slow-headers'), get('/slow-headers')].map(appFailure);
    await eventually(() => http.received.length === 2);
    expect(await metric('frontdoor_upstream_in_flight')).toBe(2);
    const started = Date.now();
    const error = await appFailure(get('/ok'));
    expect(error).toMatchObject({ code: 'UPSTREAM_OVERLOADED', upstream: 'orders' });
    expect(Date.now() - started).toBeLessThan(SOON_MS);
    expect(await metric('frontdoor_upstream_rejected_total', { reason: 'bulkhead_full' })).toBe(1);
    await Promise.all(slow);
    expect(await metric('frontdoor_upstream_in_flight')).toBe(0);
  });

  it('runs a queued call when a slot frees', async () => {
    const calls = [get('/ok-after-100ms'), get('/ok-after-100ms'), get('/ok')];
    await expect(Promise.all(calls)).resolves.toHaveLength(3);
    expect(http.received).toHaveLength(3);
  });

  it('gives a queued call UPSTREAM_TIMEOUT at its deadline, without ever sending it', async () => {
    const busy = [get('/slow-headers'), get('/slow-headers')].map(appFailure);
    const started = Date.now();
    const error = await appFailure(get('/ok', { ...ctx, deadline: Date.now() + 80 }));
    expect(error.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(80 + SOON_MS);
    expect(await metric('frontdoor_upstream_rejected_total', { reason: 'queue_timeout' })).toBe(1);
    await Promise.all(busy);
    expect(http.received.map((r) => r.url)).toEqual(['/slow-headers', '/slow-headers']);
  });

  it('drops a queued call as soon as its client leaves', async () => {
    const busy = [get('/slow-headers'), get('/slow-headers')].map(appFailure);
    const client = new AbortController();
    setTimeout(() => client.abort(), 30);
    const started = Date.now();
    const error = await appFailure(get('/ok', { ...ctx, signal: client.signal }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(30 + SOON_MS);
    await Promise.all(busy);
    expect(http.received).toHaveLength(2);
  });
});
