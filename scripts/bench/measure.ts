import type { LoadRequest } from './load/run-load';
import { warmThenLoad } from './load/warm-then-load';
import { sampleProcesses } from './probe/proc-stats';
import { readServerCounters, settledCounters } from './probe/server-counters';
import { sampleSystemCpu } from './probe/system-cpu';
import { bodyHasNoErrors } from './scenarios/scenario';
import type { Slice } from './slice';
import type { RunningService } from './stack/start-service';

export interface SliceInput {
  readonly service: RunningService;
  readonly requests: readonly LoadRequest[];
  readonly backendPids: readonly number[];
  readonly connections: number;
  readonly durationSec: number;
  /** 0 after the first slice of a scenario: it is warm already. */
  readonly warmupSec: number;
  /** Responses per second seen last time, to size the load when there is no warm-up. */
  readonly rateHint?: number;
}

/**
 * 1. warm up (JIT, connection pools, lazily built backend data), discarded;
 * 2. once the service is idle, sample CPU, memory, calls and requests served;
 * 3. load: as many requests as fit in `durationSec` at the expected rate, every one
 *    answered before the slice ends; 4. sample again once idle.
 */
export async function measureSlice(input: SliceInput): Promise<Slice> {
  const { service } = input;
  const sample = async () => {
    const counters = await settledCounters(() =>
      readServerCounters(service.spec.kind, service.statsUrl),
    );
    const self = process.cpuUsage();
    return {
      counters,
      own: sampleProcesses([service.child.pid]),
      backends: sampleProcesses(input.backendPids),
      benchMs: (self.user + self.system) / 1000,
      system: sampleSystemCpu(),
    };
  };
  let before: Awaited<ReturnType<typeof sample>> | undefined;
  const base = {
    origin: new URL(service.url).origin,
    connections: input.connections,
    requests: input.requests,
    verifyBody: bodyHasNoErrors,
  };
  const between = async () => {
    before = await sample();
  };
  const load = await warmThenLoad(
    base,
    input.warmupSec,
    input.durationSec,
    between,
    input.rateHint,
  );
  const after = await sample();
  if (!before) throw new Error('no sample before the load');
  return {
    load,
    served: after.counters.requests - before.counters.requests,
    calls: after.counters.calls - before.counters.calls,
    serviceCpuMs: after.own.cpuMs - before.own.cpuMs,
    backendsCpuMs: after.backends.cpuMs - before.backends.cpuMs,
    benchCpuMs: after.benchMs - before.benchMs,
    system: {
      busyTicks: after.system.busyTicks - before.system.busyTicks,
      totalTicks: after.system.totalTicks - before.system.totalTicks,
    },
    peakRssBytes: after.own.peakRssBytes,
  };
}
