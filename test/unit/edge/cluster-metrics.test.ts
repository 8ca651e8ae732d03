import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  clusterMetricsSource,
  createPrimaryMetrics,
} from '../../../services/edge/runtime/cluster/cluster-metrics';
import type { WorkerMetrics } from '../../../services/edge/runtime/cluster/cluster-messages';

/** One worker's registry after serving `requests` requests, as JSON (what it sends over IPC). */
async function workerMetrics(requests: number): Promise<WorkerMetrics> {
  const registry = new Registry();
  const counter = new Counter({
    name: 'frontdoor_http_requests_total',
    help: 'h',
    labelNames: ['client', 'status'],
    registers: [registry],
  });
  const histogram = new Histogram({
    name: 'frontdoor_http_request_duration_seconds',
    help: 'h',
    buckets: [0.1, 1],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'frontdoor_graphql_requests_in_flight',
    help: 'h',
    registers: [registry],
  });
  counter.inc({ client: 'web', status: '200' }, requests);
  counter.inc({ client: 'web', status: '429' }, 1);
  for (let i = 0; i < requests; i++) histogram.observe(0.05);
  inFlight.set(requests);
  return registry.getMetricsAsJSON();
}

describe('clusterMetricsSource', () => {
  it('sums counters, histograms and in-flight gauges across workers, with the primary own metrics', async () => {
    const primary = createPrimaryMetrics();
    primary.setWorkers(2);
    primary.countRestart();
    const perWorker = [await workerMetrics(3), await workerMetrics(4)];
    const text = await clusterMetricsSource(primary.registry, async () => perWorker).metrics();
    expect(text).toContain('frontdoor_http_requests_total{client="web",status="200"} 7');
    expect(text).toContain('frontdoor_http_requests_total{client="web",status="429"} 2');
    expect(text).toContain('frontdoor_http_request_duration_seconds_count 7');
    expect(text).toContain('frontdoor_graphql_requests_in_flight 7');
    expect(text).toContain('frontdoor_cluster_workers 2');
    expect(text).toContain('frontdoor_cluster_worker_restarts_total 1');
  });

  it('fails the scrape when a worker does not answer, rather than report a sum without it', async () => {
    const primary = createPrimaryMetrics();
    const source = clusterMetricsSource(primary.registry, async () => [
      await workerMetrics(1),
      undefined,
    ]);
    await expect(source.metrics()).rejects.toThrow(
      '1 of 2 workers did not send their metrics in time',
    );
  });
});
