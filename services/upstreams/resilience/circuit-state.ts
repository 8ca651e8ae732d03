/** A breaker's state as /readyz and the circuit-state gauge report it. */
export type CircuitStateName = 'closed' | 'half-open' | 'open';

/** Gauge values of `frontdoor_upstream_circuit_state`: 0 closed, 1 half-open, 2 open. */
export const CIRCUIT_STATE_VALUE: Readonly<Record<CircuitStateName, number>> = {
  closed: 0,
  'half-open': 1,
  open: 2,
};
