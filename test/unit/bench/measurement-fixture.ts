import type { Measurement } from '../../../scripts/bench/measurement';

/** A measurement with plausible defaults; tests override what they look at. */
export function measurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    scenario: 'web-order-history',
    label: 'web OrderHistory',
    operation: 'OrderHistory',
    role: 'bff',
    service: 'web',
    latencyMs: 0,
    connections: 32,
    responses: 1000,
    durationSec: 8,
    reqPerSec: 125,
    p50Ms: 2,
    p90Ms: 3,
    p99Ms: 5,
    cpuMsPerReq: 1.5,
    backendCpuMsPerReq: 1,
    peakRssMb: 120,
    callsPerReq: 5,
    cutShort: false,
    otherCpuPct: 0,
    failures: { errors: 0, timeouts: 0, non2xx: 0, badBodies: 0 },
    failureCount: 0,
    ...overrides,
  };
}
