import type { LoadResult } from '../../../scripts/bench/load/run-load';
import { mergeSlices } from '../../../scripts/bench/merge-slices';
import type { Scenario } from '../../../scripts/bench/scenarios/scenario';
import type { Slice } from '../../../scripts/bench/slice';

const scenario: Scenario = {
  id: 'web-order-history',
  label: 'web OrderHistory',
  operation: 'OrderHistory',
  role: 'bff',
  service: 'web',
  requests: () => [],
};

const load = (okLatencies: number[], overrides: Partial<LoadResult> = {}): LoadResult => ({
  responses: okLatencies.length,
  durationSec: 1,
  responsesPerSec: okLatencies.length,
  reqPerSec: okLatencies.length,
  okLatencies,
  p50Ms: NaN,
  p90Ms: NaN,
  p99Ms: NaN,
  cutShort: false,
  failures: { errors: 0, timeouts: 0, non2xx: 0, badBodies: 0 },
  ...overrides,
});

const slice = (overrides: Partial<Slice>): Slice => ({
  load: load([]),
  served: 0,
  calls: 0,
  serviceCpuMs: 0,
  backendsCpuMs: 0,
  benchCpuMs: 0,
  system: { busyTicks: 0, totalTicks: 0 },
  peakRssBytes: 0,
  ...overrides,
});

const context = {
  scenario,
  service: 'web' as const,
  latencyMs: 20,
  connections: 32,
  ticksPerSecond: 100,
};

describe('mergeSlices', () => {
  const merged = mergeSlices(context, [
    slice({
      load: load([1, 2, 3]),
      served: 3,
      calls: 15,
      serviceCpuMs: 30,
      backendsCpuMs: 6,
      system: { busyTicks: 10, totalTicks: 100 },
      peakRssBytes: 100 * 1024 * 1024,
    }),
    slice({
      load: load([4], {
        responses: 2,
        failures: { errors: 0, timeouts: 0, non2xx: 1, badBodies: 0 },
        firstFailure: '503 {}',
        cutShort: true,
      }),
      served: 2,
      calls: 5,
      serviceCpuMs: 20,
      backendsCpuMs: 4,
      system: { busyTicks: 10, totalTicks: 100 },
      peakRssBytes: 120 * 1024 * 1024,
    }),
  ]);

  it('sums counts and CPU, and divides by the requests the service answered', () => {
    expect(merged).toMatchObject({
      responses: 5,
      durationSec: 2,
      reqPerSec: 2, // 4 successful responses in 2 s
      cpuMsPerReq: 10,
      backendCpuMsPerReq: 2,
      callsPerReq: 4,
      peakRssMb: 120,
      failureCount: 1,
      firstFailure: '503 {}',
      cutShort: true,
    });
  });

  it('takes percentiles over every successful latency of every slice', () => {
    expect([merged.p50Ms, merged.p99Ms]).toEqual([2, 4]);
  });

  it("measures others' CPU over all slices: 20 busy ticks of 200, 60 ms (6 ticks) ours", () => {
    expect(merged.otherCpuPct).toBeCloseTo(7, 5);
  });
});
