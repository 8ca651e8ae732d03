import { Counter, Gauge, type Registry } from 'prom-client';
import { reuse } from '../metric-reuse';
import { CIRCUIT_STATE_VALUE, type CircuitStateName } from './circuit-state';

/** Why a call was refused without being sent (queue_timeout: its deadline passed while queued). */
export type RejectReason = 'circuit_open' | 'bulkhead_full' | 'queue_timeout';
/** Why a retryable failure was not retried. */
export type RetryDenial = 'budget' | 'deadline';

/** What retries, the breaker and the bulkhead do, per backend. */
export interface ResilienceMetrics {
  /** One retry sent (it is also counted as a request by the transport). */
  countRetry(upstream: string): void;
  countRetryDenied(upstream: string, reason: RetryDenial): void;
  countRejected(upstream: string, reason: RejectReason): void;
  setCircuitState(upstream: string, state: CircuitStateName): void;
  /** Marks one call in flight; the returned function ends it. */
  trackInFlight(upstream: string): () => void;
}

export function createResilienceMetrics(registry: Registry): ResilienceMetrics {
  const counter = (name: string, help: string, labelNames: string[]) =>
    reuse(
      registry,
      name,
      Counter,
      () => new Counter({ name, help, labelNames, registers: [registry] }),
    );
  // `aggregator` says how node:cluster's primary merges workers' values (WORKERS > 1).
  const gauge = (name: string, help: string, aggregator: 'sum' | 'max') =>
    reuse(
      registry,
      name,
      Gauge,
      () => new Gauge({ name, help, labelNames: ['upstream'], aggregator, registers: [registry] }),
    );
  const retries = counter('frontdoor_upstream_retries_total', 'Retries sent to backends.', [
    'upstream',
  ]);
  const denied = counter(
    'frontdoor_upstream_retries_denied_total',
    'Retryable failures not retried: retry budget spent or deadline too close.',
    ['upstream', 'reason'],
  );
  const rejected = counter(
    'frontdoor_upstream_rejected_total',
    'Calls refused without being sent: circuit open, bulkhead full, deadline passed in queue.',
    ['upstream', 'reason'],
  );
  const circuit = gauge(
    'frontdoor_upstream_circuit_state',
    'Circuit breaker state per backend: 0 closed, 1 half-open, 2 open.',
    // Each worker has its own breaker: the worst one is the state to alert on, not a sum.
    'max',
  );
  const inFlight = gauge('frontdoor_upstream_in_flight', 'Calls in flight per backend.', 'sum');
  return {
    countRetry: (upstream) => retries.inc({ upstream }),
    countRetryDenied: (upstream, reason) => denied.inc({ upstream, reason }),
    countRejected: (upstream, reason) => rejected.inc({ upstream, reason }),
    setCircuitState: (upstream, state) => circuit.set({ upstream }, CIRCUIT_STATE_VALUE[state]),
    trackInFlight(upstream) {
      inFlight.inc({ upstream });
      return () => inFlight.dec({ upstream });
    },
  };
}
