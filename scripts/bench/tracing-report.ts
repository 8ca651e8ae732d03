import type { LoadResult } from './load/run-load';
import type { TracingBenchOptions } from './tracing-options';

/** Spans per OrderHistory once Apollo caches the document: request, execute, 5 batches, 5 calls. */
const SPANS_PER_REQUEST = 12;

export interface VariantResult {
  readonly id: string;
  readonly label: string;
  readonly runs: LoadResult[];
  /** The BFF process's CPU time (utime + stime) per response, per run, in ms. */
  readonly cpuMsPerRequest: number[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export const reqPerSec = (v: VariantResult): number => median(v.runs.map((r) => r.reqPerSec));
const failures = (v: VariantResult): number =>
  v.runs.reduce((sum, r) => sum + Object.values(r.failures).reduce((a, b) => a + b, 0), 0);

export const cpuPerRequest = (v: VariantResult): number => median(v.cpuMsPerRequest);

/** `a` costs this share of `b`'s throughput, in percent (negative: `a` was faster). */
export const costPercent = (a: VariantResult, b: VariantResult): number =>
  ((reqPerSec(b) - reqPerSec(a)) / reqPerSec(b)) * 100;

/**
 * `a` takes this much more BFF CPU per request than `b`, in percent: the median of the
 * per-round ratios. Each round runs every variant back to back, so load that other processes
 * put on the machine between rounds cancels out of the ratio.
 */
export const cpuCostPercent = (a: VariantResult, b: VariantResult): number =>
  (median(a.cpuMsPerRequest.map((cpu, i) => cpu / (b.cpuMsPerRequest[i] ?? NaN))) - 1) * 100;

/** One row per variant: median req/s, p50 and p99 over the rounds, failures. */
export function resultsTable(variants: readonly VariantResult[]): string {
  const rows = variants.map((v) => [
    v.label,
    reqPerSec(v).toFixed(0),
    median(v.runs.map((r) => r.p50Ms)).toFixed(2),
    median(v.runs.map((r) => r.p99Ms)).toFixed(2),
    cpuPerRequest(v).toFixed(3),
    v.runs.map((r) => r.reqPerSec.toFixed(0)).join(' / '),
    String(failures(v)),
  ]);
  const header = [
    'variant',
    'req/s (median)',
    'p50 ms',
    'p99 ms',
    'BFF CPU ms/req',
    'each round req/s',
    'failures',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** The table, the two costs, and how many spans reached the collector. */
export function printReport(
  opts: TracingBenchOptions,
  results: VariantResult[],
  spans: number,
  warmupResponses: number,
): void {
  const [off, on, nolog, unsampled] = results as [
    VariantResult,
    VariantResult,
    VariantResult,
    VariantResult,
  ];
  const traced = on.runs.reduce((sum, r) => sum + r.responses, warmupResponses);
  console.log(
    `\nweb OrderHistory, ${opts.connections} connections, backends at ${opts.latencyMs} ms, ` +
      `${opts.rounds} rounds x ${opts.durationSec} s per variant, BFFs on ${opts.node}\n`,
  );
  console.log(resultsTable(results));
  const pct = (n: number) => `${n.toFixed(1)}%`;
  console.log(
    `\ntracing costs ${pct(cpuCostPercent(on, off))} more BFF CPU per request, ` +
      `${pct(costPercent(on, off))} of throughput`,
  );
  console.log(
    `of which the context machinery alone (nothing sampled): ` +
      `${pct(cpuCostPercent(unsampled, off))} more BFF CPU per request`,
  );
  console.log(
    `the access line costs ${pct(cpuCostPercent(off, nolog))} more BFF CPU per request, ` +
      `${pct(costPercent(off, nolog))} of throughput`,
  );
  console.log(
    `spans received by the collector stub: ${spans} for ${traced} traced requests ` +
      `(${(spans / Math.max(1, traced)).toFixed(1)} each; ${SPANS_PER_REQUEST} made, ` +
      'fewer means the BatchSpanProcessor queue dropped some)',
  );
}
