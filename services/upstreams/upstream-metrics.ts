import { Counter, Histogram, type Registry } from 'prom-client';
import { reuse } from './metric-reuse';
import { createResilienceMetrics, type ResilienceMetrics } from './resilience/resilience-metrics';
import { endCallSpan, startCallSpan } from './tracing/call-span';

/** Records upstream calls; one instance per registry, shared by every transport of a BFF. */
export interface UpstreamMetrics extends CallMetrics, ResilienceMetrics {}

/** What every call sent records. */
export interface CallMetrics {
  /**
   * Counts one call sent to a backend and returns the function that records its duration
   * with `outcome` ('ok' or the error code). Call it only once the call is really sent, and
   * build the call's headers or metadata (propagatedHeaders) right after, in the same
   * synchronous run: it also starts the call's client span, which those must carry.
   */
  startCall(upstream: string, operation: string): (outcome: string) => void;
  /** Records the number of keys a batch call carries. */
  observeBatchSize(upstream: string, operation: string, size: number): void;
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

/**
 * Registers the upstream metrics in `registry` only, never in prom-client's global one:
 * several BFFs may live in one process (tests), each with its own registry. Calling it twice
 * with the same registry reuses the metrics already there instead of throwing.
 */
export function createUpstreamMetrics(registry: Registry): UpstreamMetrics {
  const requests = reuse(
    registry,
    'frontdoor_upstream_requests_total',
    Counter,
    () =>
      new Counter({
        name: 'frontdoor_upstream_requests_total',
        help: 'Calls sent to backends.',
        labelNames: ['upstream', 'operation'] as const,
        registers: [registry],
      }),
  );
  const duration = reuse(
    registry,
    'frontdoor_upstream_request_duration_seconds',
    Histogram,
    () =>
      new Histogram({
        name: 'frontdoor_upstream_request_duration_seconds',
        help: 'Duration of backend calls by outcome (ok or error code).',
        labelNames: ['upstream', 'operation', 'outcome'] as const,
        buckets: DURATION_BUCKETS,
        registers: [registry],
      }),
  );
  const batchSize = reuse(
    registry,
    'frontdoor_upstream_batch_size',
    Histogram,
    () =>
      new Histogram({
        name: 'frontdoor_upstream_batch_size',
        help: 'Keys per batch call sent to a backend.',
        labelNames: ['upstream', 'operation'] as const,
        buckets: BATCH_BUCKETS,
        registers: [registry],
      }),
  );
  const resilience = createResilienceMetrics(registry);
  // countRetry runs right before the retry's send (resilience.ts), so the next call
  // started for that backend is the retry: its span says so.
  let retryOf: string | undefined;
  return {
    ...resilience,
    countRetry(upstream) {
      resilience.countRetry(upstream);
      retryOf = upstream;
    },
    startCall(upstream, operation) {
      requests.inc({ upstream, operation });
      const stop = duration.startTimer({ upstream, operation });
      const span = startCallSpan(upstream, operation, retryOf === upstream);
      retryOf = undefined;
      return (outcome) => {
        stop({ outcome });
        if (span) endCallSpan(span, outcome);
      };
    },
    observeBatchSize(upstream, operation, size) {
      batchSize.observe({ upstream, operation }, size);
    },
  };
}
