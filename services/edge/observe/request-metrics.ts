import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { reuse } from '../metrics/edge-metrics';

export interface RequestMetrics {
  /** Counts a GraphQL request in flight; the returned function ends it. */
  started(): () => void;
  /** One GraphQL request answered (or abandoned). */
  finished(observation: RequestObservation): void;
}

export interface RequestObservation {
  /** Bounded: see createOperationLabeler. */
  operation: string;
  /** Bounded: see outcomeOf. */
  outcome: string;
  seconds: number;
  cost: number | undefined;
  rateLimited: boolean;
}

const NOOP: RequestMetrics = { started: () => () => undefined, finished: () => undefined };
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const COST_BUCKETS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];

/**
 * GraphQL-level RED metrics of one BFF, next to the HTTP ones (edge-metrics.ts): requests by
 * operation and outcome, latency by operation, cost charged, rate-limit refusals, requests in
 * flight. Labels are bounded by the caller (operation labeler, catalogue codes).
 */
export function createRequestMetrics(
  registry: Registry | undefined,
  client: string,
): RequestMetrics {
  if (!registry) return NOOP;
  const counter = (name: string, help: string, labelNames: string[]) =>
    reuse(
      registry,
      name,
      Counter,
      () => new Counter({ name, help, labelNames, registers: [registry] }),
    );
  const histogram = (name: string, help: string, labelNames: string[], buckets: number[]) =>
    reuse(
      registry,
      name,
      Histogram,
      () => new Histogram({ name, help, labelNames, buckets, registers: [registry] }),
    );
  const requests = counter(
    'frontdoor_graphql_requests_total',
    'GraphQL requests answered, by client, operation (bounded) and outcome (ok, partial or error code).',
    ['client', 'operation', 'outcome'],
  );
  const duration = histogram(
    'frontdoor_graphql_request_duration_seconds',
    'Time to answer a GraphQL request, by client and operation (bounded).',
    ['client', 'operation'],
    DURATION_BUCKETS,
  );
  const cost = histogram(
    'frontdoor_graphql_operation_cost',
    'Estimated cost charged per operation, by client.',
    ['client'],
    COST_BUCKETS,
  );
  const rateLimited = counter(
    'frontdoor_rate_limited_total',
    'Requests refused with 429 RATE_LIMITED (operation budget or failed authentications).',
    ['client'],
  );
  const inFlight = reuse(
    registry,
    'frontdoor_graphql_requests_in_flight',
    Gauge,
    (name) =>
      new Gauge({
        name,
        help: 'GraphQL requests in flight.',
        labelNames: ['client'],
        registers: [registry],
      }),
  );
  return {
    started() {
      inFlight.inc({ client });
      return () => inFlight.dec({ client });
    },
    finished(o) {
      requests.inc({ client, operation: o.operation, outcome: o.outcome });
      duration.observe({ client, operation: o.operation }, o.seconds);
      if (o.cost !== undefined) cost.observe({ client }, o.cost);
      if (o.rateLimited) rateLimited.inc({ client });
    },
  };
}
