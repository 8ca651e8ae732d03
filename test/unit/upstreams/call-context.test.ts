import { Registry } from 'prom-client';
import { register as globalRegistry } from 'prom-client';
import { createUpstreamMetrics } from '../../../services/upstreams';
import { callBudgetMs } from '../../../services/upstreams/call-budget';
import { cancellationError } from '../../../services/upstreams/cancellation';
import { propagatedHeaders } from '../../../services/upstreams/propagated-headers';

describe('callBudgetMs', () => {
  it('uses the per-call timeout when the request has no deadline', () => {
    expect(callBudgetMs({ requestId: 'r' }, 2000, 1_000)).toBe(2000);
  });

  it('cuts the budget to the time left before the request deadline', () => {
    expect(callBudgetMs({ requestId: 'r', deadline: 1_500 }, 2000, 1_000)).toBe(500);
  });

  it('is zero or less once the deadline has passed', () => {
    expect(callBudgetMs({ requestId: 'r', deadline: 900 }, 2000, 1_000)).toBeLessThanOrEqual(0);
  });
});

describe('propagatedHeaders', () => {
  it('carries the request id and the verified identity, scopes space-separated', () => {
    const headers = propagatedHeaders({
      requestId: 'req-9',
      identity: { kind: 'partner', id: 'acme', scopes: ['catalog:read', 'orders:write'] },
    });
    expect(headers).toEqual({
      'x-request-id': 'req-9',
      'x-principal-kind': 'partner',
      'x-principal-id': 'acme',
      'x-principal-scopes': 'catalog:read orders:write',
    });
  });

  it('sends no principal headers for an anonymous request', () => {
    expect(propagatedHeaders({ requestId: 'r' })).toEqual({ 'x-request-id': 'r' });
  });
});

describe('cancellationError', () => {
  it('reads an abort by a timer as UPSTREAM_TIMEOUT and any other abort as UPSTREAM_UNAVAILABLE', () => {
    const timeout = new DOMException('timed out', 'TimeoutError');
    expect(cancellationError('users', timeout).code).toBe('UPSTREAM_TIMEOUT');
    expect(cancellationError('users', new DOMException('gone', 'AbortError')).code).toBe(
      'UPSTREAM_UNAVAILABLE',
    );
  });
});

describe('createUpstreamMetrics', () => {
  it('registers in the given registry only, and reuses metrics on a second call', async () => {
    const registry = new Registry();
    const first = createUpstreamMetrics(registry);
    const second = createUpstreamMetrics(registry);
    first.startCall('users', 'getUser')('ok');
    second.startCall('users', 'getUser')('UPSTREAM_TIMEOUT');
    second.observeBatchSize('users', 'batchGetUsers', 7);
    const counter = await registry.getSingleMetric('frontdoor_upstream_requests_total')?.get();
    expect(counter?.values).toEqual([
      { labels: { upstream: 'users', operation: 'getUser' }, value: 2 },
    ]);
    expect(globalRegistry.getSingleMetric('frontdoor_upstream_requests_total')).toBeUndefined();
  });
});
