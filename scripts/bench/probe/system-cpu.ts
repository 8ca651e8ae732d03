import { readFileSync } from 'node:fs';

/** The machine's CPU time so far, all CPUs together, in clock ticks (/proc/stat `cpu` line). */
export interface SystemCpu {
  readonly busyTicks: number;
  readonly totalTicks: number;
}

/**
 * Parses the aggregate `cpu` line of /proc/stat (proc(5)): user nice system idle iowait irq
 * softirq steal ...; idle and iowait are not busy. Guest time is already in user.
 */
export function parseSystemCpu(procStat: string): SystemCpu {
  const line = procStat.split('\n').find((l) => l.startsWith('cpu ')) ?? '';
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
    line.trim().split(/\s+/).slice(1).map(Number);
  const busyTicks = user + nice + system + irq + softirq + steal;
  return { busyTicks, totalTicks: busyTicks + idle + iowait };
}

export function sampleSystemCpu(): SystemCpu {
  return parseSystemCpu(readFileSync('/proc/stat', 'utf8'));
}

/**
 * Share of the machine's CPU capacity used by processes outside the benchmark between two
 * samples: other people's builds and tests make every figure of that run less reliable.
 */
export function foreignCpuPct(
  before: SystemCpu,
  after: SystemCpu,
  ownCpuMs: number,
  ticksPerSecond: number,
): number {
  const total = after.totalTicks - before.totalTicks;
  if (total <= 0) return NaN;
  const busy = after.busyTicks - before.busyTicks;
  const own = (ownCpuMs * ticksPerSecond) / 1000;
  return Math.max(0, (100 * (busy - own)) / total);
}
