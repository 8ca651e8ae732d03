/** Readiness probes are not work done for a request. */
const HEALTH_OPERATIONS = new Set(['healthz', 'health.Check']);

/** Sums the samples of a Prometheus counter in a text exposition, skipping excluded ones. */
function sumCounter(text: string, name: string, skip: (line: string) => boolean): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) || skip(line)) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

/** frontdoor_upstream_requests_total over every upstream and operation, health checks left out. */
export function sumUpstreamCalls(metricsText: string): number {
  return sumCounter(metricsText, 'frontdoor_upstream_requests_total', (line) => {
    const operation = /operation="([^"]*)"/.exec(line)?.[1];
    return operation !== undefined && HEALTH_OPERATIONS.has(operation);
  });
}

/** frontdoor_http_requests_total over every status: requests the BFF has answered. */
export function sumServedRequests(metricsText: string): number {
  return sumCounter(metricsText, 'frontdoor_http_requests_total', () => false);
}
