import { Counter, Histogram, type Registry } from 'prom-client';

export interface EdgeMetrics {
  observeRequest(labels: { client: string; status: number }, seconds: number): void;
}

const NOOP: EdgeMetrics = { observeRequest: () => undefined };

/**
 * RED metrics of the GraphQL endpoint. Several servers may share one registry (tests, or
 * one process hosting two BFFs), so an existing metric is reused rather than registered twice.
 */
export function createEdgeMetrics(registry: Registry | undefined): EdgeMetrics {
  if (!registry) return NOOP;
  const requests = reuse(
    registry,
    'frontdoor_http_requests_total',
    Counter,
    (name) =>
      new Counter({
        name,
        help: 'HTTP requests answered by a BFF, by client and status.',
        labelNames: ['client', 'status'],
        registers: [registry],
      }),
  );
  const duration = reuse(
    registry,
    'frontdoor_http_request_duration_seconds',
    Histogram,
    (name) =>
      new Histogram({
        name,
        help: 'Time to answer an HTTP request, by client.',
        labelNames: ['client'],
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [registry],
      }),
  );
  return {
    observeRequest({ client, status }, seconds) {
      requests.inc({ client, status: String(status) });
      duration.observe({ client }, seconds);
    },
  };
}

export function reuse<T extends object>(
  registry: Registry,
  name: string,
  kind: abstract new (...args: never[]) => T,
  create: (name: string) => T,
): T {
  const existing = registry.getSingleMetric(name);
  return existing instanceof kind ? existing : create(name);
}
