import type { Measurement } from '../measurement';
import type { CriticalPathRow } from '../critical-path/measure-critical-path';
import type { WaveBound } from '../probe/wave-bound';
import type { Role } from '../scenarios/scenario';
import { fixed, markdownTable } from './format';

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** undefined when the run did not measure it (e.g. --only, or a latency left out). */
  readonly pass: boolean | undefined;
}

/** The issue's targets, as thresholds the lead can tune in one place. */
export const TARGETS = {
  floorRatio: 0.6,
  naiveRatio: 4,
  /** Two parallel waves of 20 ms plus at most 3 ms of BFF time. */
  p50AtLatency: { latencyMs: 20, maxMs: 43, maxBffMs: 3 },
  maxRssMb: 250,
} as const;

/** What a run measured besides the scenario rows. */
export interface TargetExtras {
  /** Two bare backend calls per latency, shown beside the literal p50. */
  readonly bounds?: readonly WaveBound[];
  /** The BFF's and the floor's own time on OrderHistory's critical path at the p50 latency. */
  readonly criticalPath?: readonly CriticalPathRow[];
}

/** Checks every target against one run's measurements. */
export function checkTargets(
  all: readonly Measurement[],
  saturation: number,
  extras: TargetExtras = {},
): TargetCheck[] {
  const bounds = extras.bounds ?? [];
  const latencies = [...new Set(all.map((m) => m.latencyMs))];
  const find = (role: Role, latencyMs: number, connections: number) =>
    all.find(
      (m) =>
        m.operation === 'OrderHistory' &&
        m.role === role &&
        m.latencyMs === latencyMs &&
        m.connections === connections,
    );
  const ratio = (against: Role, min: number, latencyMs: number): TargetCheck => {
    const bff = find('bff', latencyMs, saturation);
    const other = find(against, latencyMs, saturation);
    const value = bff && other ? bff.reqPerSec / other.reqPerSec : undefined;
    return {
      target: `OrderHistory ok req/s ≥ ${min}× ${against} (${latencyMs} ms backends, ${saturation} conns)`,
      measured: ratioText(value, against),
      pass: value === undefined ? undefined : value >= min,
    };
  };
  return [
    ...latencies.map((l) => ratio('floor', TARGETS.floorRatio, l)),
    ...latencies.map((l) => ratio('naive', TARGETS.naiveRatio, l)),
    p50Check(
      find('bff', TARGETS.p50AtLatency.latencyMs, 1),
      bounds.find((b) => b.latencyMs === TARGETS.p50AtLatency.latencyMs),
    ),
    p50OverFloorCheck(
      find('bff', TARGETS.p50AtLatency.latencyMs, 1),
      find('floor', TARGETS.p50AtLatency.latencyMs, 1),
    ),
    ownTimeCheck(extras.criticalPath?.find((row) => row.role === 'bff')),
    failuresCheck(all),
    rssCheck(all),
  ];
}

/** Truncated, not rounded: 0.597× must not read as the 0.60× it fails to reach. */
function ratioText(value: number | undefined, against: Role): string {
  if (value === undefined) return 'not measured';
  if (!Number.isFinite(value)) return `∞ (${against} answered nothing successfully)`;
  return `${(Math.floor(value * 100) / 100).toFixed(2)}×`;
}

/**
 * The literal budget. When two bare sequential calls already take longer than it, the
 * measured text says so: no two-wave implementation can pass on this machine.
 */
function p50Check(m: Measurement | undefined, bound: WaveBound | undefined): TargetCheck {
  const { latencyMs, maxMs } = TARGETS.p50AtLatency;
  const floorOfAny = bound
    ? ` (two bare sequential calls: ${fixed(bound.twoCallsP50Ms, 1)} ms)`
    : '';
  return {
    target: `OrderHistory p50 ≤ ${maxMs} ms (${latencyMs} ms backends, 1 conn)`,
    measured: m ? `${fixed(m.p50Ms, 1)} ms${floorOfAny}` : 'not measured',
    pass: m ? m.p50Ms <= maxMs : undefined,
  };
}

/**
 * The same budget measured against this machine's two waves: the floor's p50 is two waves
 * of real backend calls (timers, HTTP/2, JSON) and nothing else, so BFF p50 minus floor p50
 * is the BFF's own time, whatever the machine adds to each backend call.
 */
function p50OverFloorCheck(bff: Measurement | undefined, floor: Measurement | undefined) {
  const { latencyMs, maxBffMs } = TARGETS.p50AtLatency;
  const over = bff && floor ? bff.p50Ms - floor.p50Ms : undefined;
  return {
    target: `OrderHistory p50 − floor p50 ≤ ${maxBffMs} ms (${latencyMs} ms backends, 1 conn)`,
    measured: over === undefined ? 'not measured' : `${fixed(over, 1)} ms`,
    pass: over === undefined ? undefined : over <= maxBffMs,
  };
}

/**
 * The budget's "at most 3 ms of BFF time", measured directly: the BFF's own time on the
 * critical path (everything but waiting for backends), p50 over single requests.
 */
function ownTimeCheck(row: CriticalPathRow | undefined): TargetCheck {
  const { latencyMs, maxBffMs } = TARGETS.p50AtLatency;
  return {
    target: `OrderHistory BFF time on the critical path ≤ ${maxBffMs} ms (${latencyMs} ms backends, 1 conn, p50)`,
    measured: row ? `${fixed(row.p50.ownMs, 2)} ms` : 'not measured',
    pass: row ? row.p50.ownMs <= maxBffMs : undefined,
  };
}

/** The product and the floor must not fail; the naive baseline may (it is shown, not judged). */
function failuresCheck(all: readonly Measurement[]): TargetCheck {
  const judged = all.filter((m) => m.role !== 'naive');
  const failed = judged.filter((m) => m.failureCount > 0);
  const total = failed.reduce((sum, m) => sum + m.failureCount, 0);
  return {
    target: 'zero errors, timeouts, non-2xx and error bodies (BFFs and floor, every run)',
    measured:
      total === 0
        ? '0'
        : `${total} in ${failed.map((m) => `${m.label} ${m.latencyMs} ms x${m.connections}`).join(', ')}`,
    pass: judged.length === 0 ? undefined : total === 0,
  };
}

/**
 * The BFFs as deployed. The naive baseline (batching off) is shown, not judged: at saturation it
 * overloads by design and its memory says nothing about the product's.
 */
function rssCheck(all: readonly Measurement[]): TargetCheck {
  const bffs = all.filter((m) => m.role === 'bff');
  const peak = Math.max(...bffs.map((m) => m.peakRssMb));
  return {
    target: `BFF peak RSS < ${TARGETS.maxRssMb} MiB (VmHWM, every BFF process; naive shown, not judged)`,
    measured: bffs.length === 0 ? 'not measured' : `${fixed(peak, 0)} MiB`,
    pass: bffs.length === 0 ? undefined : peak < TARGETS.maxRssMb,
  };
}

export function verdict(check: TargetCheck): string {
  if (check.pass === undefined) return 'n/a';
  return check.pass ? 'PASS' : 'FAIL';
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ['target', ':measured', 'result'],
    checks.map((c) => [c.target, c.measured, verdict(c) === 'FAIL' ? '**FAIL**' : verdict(c)]),
  );
}
