import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Measurement } from '../measurement';
import { fixed, markdownTable, ms } from '../report/format';
import { machineLine, type Machine } from '../report/machine';
import type { LatencyComparison } from './compare-at-latency';
import type { ProtectionsBenchOptions } from './options';

export interface ProtectionsVerdict {
  readonly latencyMs: number;
  /**
   * 100 × (1 − on/off ok req/s) of each round: two slices back to back, so a burst of
   * someone else's work that lands on a round lands on that round's ratio only.
   */
  readonly roundCostPct: readonly number[];
  /** The median of the rounds' costs: the figure the target judges. */
  readonly costPct: number;
  /** 100 × (1 − on/off) of the throughput pooled over every slice, shown beside it. */
  readonly pooledCostPct: number;
  /** Service CPU per request, protections on ÷ off. */
  readonly cpuRatio: number;
  readonly failures: number;
  readonly pass: boolean;
}

export interface ProtectionsReport {
  readonly startedAt: string;
  readonly command: string;
  readonly machine: Machine;
  readonly options: ProtectionsBenchOptions;
  readonly comparisons: readonly LatencyComparison[];
  readonly verdicts: readonly ProtectionsVerdict[];
}

/** Pass: the protections cost at most `maxCostPct` of the throughput and nothing failed. */
export function judge(c: LatencyComparison, maxCostPct: number): ProtectionsVerdict {
  const roundCostPct = c.rounds.map((r) => 100 * (1 - r.reqPerSec.on / r.reqPerSec.off));
  const costPct = median(roundCostPct);
  const failures = c.on.failureCount + c.off.failureCount;
  return {
    latencyMs: c.latencyMs,
    roundCostPct,
    costPct,
    pooledCostPct: 100 * (1 - c.on.reqPerSec / c.off.reqPerSec),
    cpuRatio: c.on.cpuMsPerReq / c.off.cpuMsPerReq,
    failures,
    pass: Number.isFinite(costPct) && costPct <= maxCostPct && failures === 0,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function row(m: Measurement, protections: string): string[] {
  return [
    `${m.latencyMs} ms`,
    protections,
    fixed(m.reqPerSec, 0),
    ms(m.p50Ms),
    ms(m.p99Ms),
    fixed(m.cpuMsPerReq, 2),
    String(m.responses),
    m.failureCount > 0 ? `**${m.failureCount}**` : '0',
    fixed(m.otherCpuPct, 0),
  ];
}

/** Both BFFs at every latency, one row each. */
export function figuresTable(comparisons: readonly LatencyComparison[]): string {
  return markdownTable(
    [
      ':backend latency',
      'protections',
      ':ok req/s',
      ':p50 ms',
      ':p99 ms',
      ':service CPU ms/req',
      ':responses',
      ':failures',
      ':other CPU %',
    ],
    comparisons.flatMap((c) => [row(c.on, 'on'), row(c.off, 'off')]),
  );
}

/**
 * The cost of the protections against the target, per latency. `judged: false` (quick mode:
 * 1 s slices swing by ±20 %) shows where the figure falls without calling it a verdict.
 */
export function verdictTable(
  verdicts: readonly ProtectionsVerdict[],
  maxCostPct: number,
  judged = true,
): string {
  const pct = (value: number) => `${fixed(value, 1)} %`;
  return markdownTable(
    [
      ':backend latency',
      ':protections cost (1 − on/off ok req/s, median of rounds)',
      ':each round %',
      ':pooled over all slices',
      ':CPU per request on ÷ off',
      ':failures',
      judged
        ? `result (≤ ${maxCostPct} %, 0 failures)`
        : `quick run: not judged (≤ ${maxCostPct} %, 0 failures?)`,
    ],
    verdicts.map((v) => [
      `${v.latencyMs} ms`,
      pct(v.costPct),
      v.roundCostPct.map((c) => fixed(c, 1)).join(' / '),
      pct(v.pooledCostPct),
      `${fixed(v.cpuRatio, 3)} (${v.cpuRatio >= 1 ? '+' : ''}${fixed(100 * (v.cpuRatio - 1), 1)} %)`,
      String(v.failures),
      judged ? (v.pass ? 'PASS' : '**FAIL**') : v.pass ? 'within' : 'over',
    ]),
  );
}

function markdown(report: ProtectionsReport): string {
  const o = report.options;
  return [
    `# Protections on versus off, ${report.startedAt}`,
    '',
    `\`${report.command}\` on ${machineLine(report.machine)}.`,
    `web OrderHistory (ten users), ${o.connections} connections, ${o.rounds} rounds of one ${o.sliceSec} s slice per BFF` +
      ` (order flipped every round) after ${o.warmupSec} s of warm-up; NODE_ENV production, production key configuration` +
      `${o.dist ? `; compiled tree \`${o.dist}\`` : ''}.`,
    '',
    figuresTable(report.comparisons),
    '',
    verdictTable(report.verdicts, o.maxCostPct, !o.quick),
    '',
  ].join('\n');
}

/** bench-results/protections.md and .json; returns their paths. */
export function writeProtectionsReport(report: ProtectionsReport): string[] {
  mkdirSync(report.options.outDir, { recursive: true });
  const files = {
    'protections.md': markdown(report),
    'protections.json': `${JSON.stringify(report, null, 2)}\n`,
  };
  return Object.entries(files).map(([name, text]) => {
    const path = join(report.options.outDir, name);
    writeFileSync(path, text);
    return path;
  });
}
