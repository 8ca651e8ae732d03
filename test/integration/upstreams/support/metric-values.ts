import { type Registry } from 'prom-client';

/** Sum of a metric's samples whose labels include `labels` (a counter, or a histogram's _count). */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
  sample?: string,
): Promise<number> {
  const metric = registry.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  // Histograms list their _bucket, _sum and _count samples together, told apart by name.
  return (values as Array<(typeof values)[number] & { metricName?: string }>)
    .filter((value) => sample === undefined || value.metricName === sample)
    .filter((value) => Object.entries(labels).every(([k, v]) => value.labels[k] === v))
    .reduce((sum, value) => sum + value.value, 0);
}
