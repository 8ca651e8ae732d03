import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadRequest } from './load/run-load';
import { measureSlice } from './measure';
import type { Measurement } from './measurement';
import { mergeSlices } from './merge-slices';
import type { BenchOptions } from './options';
import { measureCriticalPath, type CriticalPathRow } from './critical-path/measure-critical-path';
import { clockTicks } from './probe/proc-stats';
import { measureWaveBound, type WaveBound } from './probe/wave-bound';
import { describe, loud, progress } from './progress';
import { TARGETS } from './report/targets';
import type { Credentials, Scenario } from './scenarios/scenario';
import type { Slice } from './slice';
import { startBackends } from './stack/backends';
import { startServices } from './stack/start-services';
import type { RunningService } from './stack/start-service';
import type { ParityReport } from './verify/floor-parity';
import { checkStackParity } from './verify/stack-parity';

export interface Skipped {
  readonly scenario: string;
  readonly reason: string;
}

export interface LatencyRun {
  readonly latencyMs: number;
  readonly measurements: Measurement[];
  readonly skipped: Skipped[];
  readonly parity?: ParityReport;
  /** What two bare sequential backend calls cost here: the least any two-wave request takes. */
  readonly waveBound?: WaveBound;
  /** Own time of the web BFF and the floor on OrderHistory's critical path, at 1 connection. */
  readonly criticalPath?: readonly CriticalPathRow[];
}

/** Pairs of calls timed for the wave bound: ~7 s at 20 ms in a full run. */
const WAVE_BOUND_SAMPLES = { quick: 20, full: 100 } as const;

/** Requests per service for the critical path: ~35 s in a full run. */
const CRITICAL_PATH_REQUESTS = { quick: 40, full: 300 } as const;

/** At the latency of the p50 target, when the run includes both OrderHistory services. */
function measuresCriticalPath(latencyMs: number, scenarios: readonly Scenario[]): boolean {
  const ids = new Set(scenarios.map((s) => s.id));
  return (
    latencyMs === TARGETS.p50AtLatency.latencyMs &&
    ids.has('web-order-history') &&
    ids.has('floor-order-history')
  );
}

function describeCriticalPath({ label, requests, p50 }: CriticalPathRow): string {
  return `  ${label}: own time on the critical path p50 ${p50.ownMs.toFixed(2)} ms of ${p50.totalMs.toFixed(1)} (${requests} requests)`;
}

function requiredEnv(env: Readonly<Record<string, string>>, name: string): string {
  const value = env[name];
  if (value === undefined) throw new Error(`the backends did not set ${name}`);
  return value;
}

function describeWaveBound(bound: WaveBound): string {
  const timer =
    bound.timerP50Ms === undefined
      ? ''
      : `; setTimeout(${bound.latencyMs}) p50 ${bound.timerP50Ms.toFixed(2)} ms`;
  return `  two bare sequential backend calls p50 ${bound.twoCallsP50Ms.toFixed(2)} ms (one: ${bound.oneCallP50Ms.toFixed(2)} ms)${timer}`;
}

interface Runnable {
  readonly scenario: Scenario;
  readonly service: RunningService;
  readonly requests: LoadRequest[];
}

/**
 * One stack (five backends at `latencyMs`, then every service the scenarios need), the
 * floor's parity check, then every scenario at 1 connection and at saturation. The stack
 * is stopped whatever happens.
 */
export async function benchAtLatency(
  latencyMs: number,
  scenarios: readonly Scenario[],
  credentials: Credentials,
  options: BenchOptions,
): Promise<LatencyRun> {
  const logDir = join(options.outDir, 'logs', `latency-${latencyMs}ms`);
  mkdirSync(logDir, { recursive: true });
  progress(`\nbackend latency ${latencyMs} ms: starting the stack (logs in ${logDir})`);
  const backends = await startBackends(latencyMs, logDir);
  const stack = await startServices(scenarios, backends.upstreamEnv, logDir, options);
  try {
    const skipped = [...stack.skipped];
    const parity = await checkStackParity(stack.services, scenarios, credentials);
    const waveBound = await measureWaveBound(
      requiredEnv(backends.upstreamEnv, 'USERS_URL'),
      latencyMs,
      options.quick ? WAVE_BOUND_SAMPLES.quick : WAVE_BOUND_SAMPLES.full,
    );
    progress(describeWaveBound(waveBound));
    const runnable = scenarios.flatMap((scenario) => {
      const service = stack.services.get(scenario.service);
      if (!service) return [];
      try {
        return [{ scenario, service, requests: scenario.requests(credentials, service.spec.path) }];
      } catch (error) {
        skipped.push({ scenario: scenario.id, reason: (error as Error).message });
        loud(`${scenario.label} skipped: ${(error as Error).message}`);
        return [];
      }
    });
    const pids = backends.children.map((c) => c.pid);
    // The naive BFF overloads at saturation and keeps burning CPU on requests it was sent
    // after its slice ends: it runs alone, after the others' turns, in one slice.
    const naive = runnable.filter((r) => r.scenario.role === 'naive');
    const others = runnable.filter((r) => r.scenario.role !== 'naive');
    const measurements: Measurement[] = [];
    for (const connections of [1, options.connections]) {
      const at = { latencyMs, connections, backendPids: pids };
      measurements.push(...(await inTurns(others, at, options, options.rounds)));
      measurements.push(...(await inTurns(naive, at, options, 1)));
    }
    const order = (m: Measurement) => scenarios.findIndex((s) => s.id === m.scenario);
    measurements.sort((a, b) => order(a) - order(b) || a.connections - b.connections);
    const run: LatencyRun = { latencyMs, measurements, skipped, waveBound };
    const withParity = parity ? { ...run, parity } : run;
    if (!measuresCriticalPath(latencyMs, scenarios)) return withParity;
    // Alone on the backends: the scenarios' services are stopped first.
    await stack.stop();
    const criticalPath = await measureCriticalPath({
      upstreamEnv: backends.upstreamEnv,
      logDir,
      credentials,
      nodeEnv: options.nodeEnv,
      requests: options.quick ? CRITICAL_PATH_REQUESTS.quick : CRITICAL_PATH_REQUESTS.full,
      warmupSec: options.warmupSec,
    });
    for (const row of criticalPath) progress(describeCriticalPath(row));
    return { ...withParity, criticalPath };
  } finally {
    await stack.stop();
    await Promise.all(backends.children.map((child) => child.stop()));
  }
}

/**
 * Scenarios at one connection count, taking turns: `rounds` slices of durationSec / rounds
 * each, warmed up before the first slice only, then merged into one row per scenario.
 */
async function inTurns(
  runnable: readonly Runnable[],
  at: { latencyMs: number; connections: number; backendPids: readonly number[] },
  options: BenchOptions,
  rounds: number,
): Promise<Measurement[]> {
  const { latencyMs, connections, backendPids } = at;
  const slices = new Map<string, Slice[]>(runnable.map((r) => [r.scenario.id, []]));
  for (let round = 0; round < rounds; round++) {
    for (const { scenario, service, requests } of runnable) {
      const done = slices.get(scenario.id) ?? [];
      const slice = await measureSlice({
        service,
        requests,
        backendPids,
        connections,
        durationSec: options.durationSec / rounds,
        warmupSec: round === 0 ? options.warmupSec : 0,
        rateHint: done.at(-1)?.load.responsesPerSec,
      });
      done.push(slice);
    }
  }
  return runnable.map(({ scenario, service }) => {
    const context = { scenario, service: service.spec.id, latencyMs, connections };
    const m = mergeSlices(
      { ...context, ticksPerSecond: clockTicks() },
      slices.get(scenario.id) ?? [],
    );
    progress(describe(m));
    if (m.failureCount > 0) {
      loud(`FAILURES in ${describe(m).trim()}\n      first: ${m.firstFailure ?? '(no response)'}`);
    }
    return m;
  });
}
