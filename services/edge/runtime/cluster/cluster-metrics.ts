import { AggregatorRegistry, Counter, Gauge, Registry } from 'prom-client';
import type { MetricsSource } from '../../admin/admin-server';
import type { WorkerMetrics } from './cluster-messages';

/** The primary's own metrics: what the supervisor does. */
export interface PrimaryMetrics {
  readonly registry: Registry;
  setWorkers(listening: number): void;
  countRestart(): void;
}

export function createPrimaryMetrics(): PrimaryMetrics {
  const registry = new Registry();
  const workers = new Gauge({
    name: 'frontdoor_cluster_workers',
    help: 'Cluster workers listening (WORKERS when at full strength).',
    registers: [registry],
  });
  const restarts = new Counter({
    name: 'frontdoor_cluster_worker_restarts_total',
    help: 'Cluster workers replaced after exiting unexpectedly.',
    registers: [registry],
  });
  return {
    registry,
    setWorkers: (listening) => workers.set(listening),
    countRestart: () => restarts.inc(),
  };
}

/**
 * /metrics of a cluster: every worker's registry, fetched as JSON over IPC, merged by
 * prom-client's AggregatorRegistry.aggregate (counters and histograms summed per label set,
 * gauges by their `aggregator`: sum unless the metric says otherwise), plus the primary's
 * own. `collect` yields one entry per worker expected, `undefined` for one that did not
 * answer: the scrape then fails rather than report sums that silently dropped a worker
 * (Prometheus would read the drop as a counter reset), as prom-client's clusterMetrics does.
 */
export function clusterMetricsSource(
  primary: Registry,
  collect: () => Promise<(WorkerMetrics | undefined)[]>,
): MetricsSource {
  return {
    contentType: primary.contentType,
    async metrics() {
      const perWorker = await collect();
      const answered = perWorker.filter((metrics): metrics is WorkerMetrics => !!metrics);
      if (answered.length < perWorker.length) {
        throw new Error(
          `${perWorker.length - answered.length} of ${perWorker.length} workers did not send their metrics in time`,
        );
      }
      const own = await primary.getMetricsAsJSON();
      return AggregatorRegistry.aggregate([...answered, own]).metrics();
    },
  };
}
