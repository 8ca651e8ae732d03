import { context, trace } from '@opentelemetry/api';
import { Registry } from 'prom-client';
import { createRequestStats, tracer } from '../../../services/shared';
import { createUpstreamMetrics } from '../../../services/upstreams';
import { createBatchLoader } from '../../../services/upstreams/loaders/batch-loader';
import { propagatedHeaders } from '../../../services/upstreams/propagated-headers';
import { installTestTracing, isClient, parentOf, type TestTracing } from '../../support/tracing';

describe('the upstream seams under tracing', () => {
  let tracing: TestTracing;
  beforeAll(async () => {
    tracing = await installTestTracing();
  });
  afterAll(() => tracing.shutdown());
  beforeEach(() => tracing.exporter.reset());

  /** Runs `fn` as part of a traced request: its span is active, as the edge makes it. */
  function inRequest<T>(fn: () => T): { result: T; requestSpanId: string; traceId: string } {
    const span = tracer().startSpan('request');
    const result = context.with(trace.setSpan(context.active(), span), fn);
    span.end();
    const { spanId, traceId } = span.spanContext();
    return { result, requestSpanId: spanId, traceId };
  }

  it('sends the client span of each call as traceparent and counts the call in the stats', () => {
    const metrics = createUpstreamMetrics(new Registry());
    const stats = createRequestStats();
    const { result: headers, traceId } = inRequest(() => {
      const finish = metrics.startCall('catalog', 'BatchGetProducts');
      const sent = propagatedHeaders({ requestId: 'r1', stats });
      finish('UPSTREAM_TIMEOUT');
      return sent;
    });
    const [call] = tracing.exporter.getFinishedSpans().filter(isClient);
    expect(call?.name).toBe('catalog BatchGetProducts');
    expect(call?.attributes['frontdoor.upstream.outcome']).toBe('UPSTREAM_TIMEOUT');
    expect(call?.status.code).toBe(2);
    expect(headers.traceparent).toBe(`00-${traceId}-${call?.spanContext().spanId}-01`);
    expect(stats.upstreamCalls).toBe(1);
  });

  it('marks the attempt after countRetry as a retry', () => {
    const metrics = createUpstreamMetrics(new Registry());
    inRequest(() => {
      metrics.startCall('users', 'batchGetUsers')('UPSTREAM_UNAVAILABLE');
      propagatedHeaders({ requestId: 'r2' });
      metrics.countRetry('users');
      metrics.startCall('users', 'batchGetUsers')('ok');
      propagatedHeaders({ requestId: 'r2' });
    });
    const retries = tracing.exporter
      .getFinishedSpans()
      .filter(isClient)
      .map((span) => span.attributes['frontdoor.upstream.retry']);
    expect(retries).toEqual([false, true]);
  });

  it('makes no span and sends no traceparent outside a traced request (health checks)', () => {
    const metrics = createUpstreamMetrics(new Registry());
    metrics.startCall('users', 'healthz')('ok');
    expect(propagatedHeaders({ requestId: 'health-check' }).traceparent).toBeUndefined();
    expect(tracing.exporter.getFinishedSpans()).toEqual([]);
  });

  it('wraps each batch in a span with its size, parent of the calls it sends', async () => {
    const metrics = createUpstreamMetrics(new Registry());
    const loader = createBatchLoader<string, string, string>({
      upstream: 'catalog',
      batch: true,
      maxBatchSize: 100,
      keyOf: (key) => key,
      fetch: async (keys) => {
        metrics.startCall('catalog', 'BatchGetProducts')('ok');
        return new Map(keys.map((key) => [key, key.toUpperCase()]));
      },
    });
    // The request's span stays open while its batches run, as the edge's does.
    const request = tracer().startSpan('request');
    const loaded = context.with(trace.setSpan(context.active(), request), () =>
      Promise.all([loader.load('a'), loader.load('b'), loader.load('c')]),
    );
    expect(await loaded).toEqual(['A', 'B', 'C']);
    request.end();
    const requestSpanId = request.spanContext().spanId;
    const spans = tracing.exporter.getFinishedSpans();
    const batch = spans.find((span) => span.name === 'batch catalog');
    expect(batch?.attributes['frontdoor.batch.size']).toBe(3);
    expect(batch && parentOf(batch)).toBe(requestSpanId);
    expect(parentOf(spans.filter(isClient)[0]!)).toBe(batch?.spanContext().spanId);
  });
});
