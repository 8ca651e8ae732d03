import { percentiles } from './load/percentile';
import type { Measurement } from './measurement';
import { foreignCpuPct } from './probe/system-cpu';
import type { Scenario } from './scenarios/scenario';
import type { Slice } from './slice';
import type { ServiceId } from './stack/service-specs';

export interface MergeContext {
  readonly scenario: Scenario;
  readonly service: ServiceId;
  readonly latencyMs: number;
  readonly connections: number;
  /** Clock ticks per second of /proc (CLK_TCK). */
  readonly ticksPerSecond: number;
}

const MIB = 1024 * 1024;
const sum = (slices: readonly Slice[], pick: (s: Slice) => number) =>
  slices.reduce((total, s) => total + pick(s), 0);

/**
 * One row from the slices of one scenario: counts and CPU are summed, percentiles are taken
 * over every successful latency of every slice, throughput over the summed load time.
 */
export function mergeSlices(context: MergeContext, slices: readonly Slice[]): Measurement {
  const { scenario } = context;
  const latencies = slices.flatMap((s) => s.load.okLatencies);
  const durationSec = sum(slices, (s) => s.load.durationSec);
  const served = sum(slices, (s) => s.served);
  const perRequest = (value: number) => (served > 0 ? value / served : NaN);
  const [p50Ms = NaN, p90Ms = NaN, p99Ms = NaN] = percentiles(latencies, [50, 90, 99]);
  const failures = {
    errors: sum(slices, (s) => s.load.failures.errors),
    timeouts: sum(slices, (s) => s.load.failures.timeouts),
    non2xx: sum(slices, (s) => s.load.failures.non2xx),
    badBodies: sum(slices, (s) => s.load.failures.badBodies),
  };
  const serviceCpuMs = sum(slices, (s) => s.serviceCpuMs);
  const backendsCpuMs = sum(slices, (s) => s.backendsCpuMs);
  const ownMs = serviceCpuMs + backendsCpuMs + sum(slices, (s) => s.benchCpuMs);
  const busy = sum(slices, (s) => s.system.busyTicks);
  const total = sum(slices, (s) => s.system.totalTicks);
  const firstFailure = slices.find((s) => s.load.firstFailure)?.load.firstFailure;
  return {
    scenario: scenario.id,
    label: scenario.label,
    operation: scenario.operation,
    role: scenario.role,
    service: context.service,
    latencyMs: context.latencyMs,
    connections: context.connections,
    responses: sum(slices, (s) => s.load.responses),
    durationSec,
    reqPerSec: durationSec > 0 ? latencies.length / durationSec : 0,
    p50Ms,
    p90Ms,
    p99Ms,
    cpuMsPerReq: perRequest(serviceCpuMs),
    backendCpuMsPerReq: perRequest(backendsCpuMs),
    peakRssMb: Math.max(0, ...slices.map((s) => s.peakRssBytes)) / MIB,
    callsPerReq: perRequest(sum(slices, (s) => s.calls)),
    cutShort: slices.some((s) => s.load.cutShort),
    otherCpuPct: foreignCpuPct(
      { busyTicks: 0, totalTicks: 0 },
      { busyTicks: busy, totalTicks: total },
      ownMs,
      context.ticksPerSecond,
    ),
    failures,
    failureCount: failures.errors + failures.timeouts + failures.non2xx + failures.badBodies,
    ...(firstFailure === undefined ? {} : { firstFailure }),
  };
}
