import { collectDefaultMetrics, Registry } from 'prom-client';
import { createEdgeMetrics } from '../../../../services/edge/metrics/edge-metrics';
import { createResilienceMetrics } from '../../../../services/upstreams/resilience/resilience-metrics';
import { createUpstreamMetrics } from '../../../../services/upstreams/upstream-metrics';
import { listFiles, readText } from './project-files';

/** Metric names registered in services/ source: `frontdoor_*` string literals. */
export function metricNamesInSource(): Set<string> {
  const names = new Set<string>();
  for (const file of listFiles('services', '.ts')) {
    for (const match of readText(file).matchAll(/['"`](frontdoor_[a-z0-9_]+)['"`]/g)) {
      if (match[1]) names.add(match[1]);
    }
  }
  return names;
}

/** The label names of each metric, read from a registry after one observation of each. */
async function labelsOf(registry: Registry): Promise<Map<string, Set<string>>> {
  const labels = new Map<string, Set<string>>();
  for (const metric of await registry.getMetricsAsJSON()) {
    const names = new Set(metric.values.flatMap((v) => Object.keys(v.labels)));
    labels.set(metric.name, names);
  }
  return labels;
}

/** The frontdoor metrics a BFF registers, each with its label names. */
export async function frontdoorMetricLabels(): Promise<Map<string, Set<string>>> {
  const registry = new Registry();
  createEdgeMetrics(registry).observeRequest({ client: 'web', status: 200 }, 0.01);
  const upstream = createUpstreamMetrics(registry);
  upstream.startCall('catalog', 'BatchGetProducts')('ok');
  upstream.observeBatchSize('catalog', 'BatchGetProducts', 3);
  const resilience = createResilienceMetrics(registry);
  resilience.countRetry('catalog');
  resilience.countRetryDenied('catalog', 'budget');
  resilience.countRejected('catalog', 'circuit_open');
  resilience.setCircuitState('catalog', 'open');
  resilience.trackInFlight('catalog')();
  return labelsOf(registry);
}

/** The names of prom-client's default metrics (process_*, nodejs_*), as BFFs register them. */
export async function defaultMetricNames(): Promise<Set<string>> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const names = new Set((await registry.getMetricsAsJSON()).map((m) => m.name));
  registry.clear();
  return names;
}
