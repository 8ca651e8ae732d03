import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LatencyRun } from '../bench-at-latency';
import type { Measurement } from '../measurement';
import type { BenchOptions } from '../options';
import { saturationPanels } from './chart-panels';
import { machineLine, type Machine } from './machine';
import { resultsTable } from './results-table';
import { renderBarChart } from './svg-chart';
import { targetsTable, type TargetCheck, type TargetExtras } from './targets';
import { waveBoundTable } from './wave-bound-table';
import { CRITICAL_PATH_NOTE, criticalPathTable } from './critical-path-table';
import { BFF_NODE_FLAGS } from '../../stack-services';

export interface BenchReport {
  readonly startedAt: string;
  readonly command: string;
  readonly machine: Machine;
  readonly options: BenchOptions;
  readonly runs: readonly LatencyRun[];
  readonly targets: readonly TargetCheck[];
  /** Markdown of the CPU profile and allocation summaries, when profiled. */
  readonly profile?: { file: string; markdown: string; allocations: string };
}

export function allMeasurements(report: BenchReport): Measurement[] {
  return report.runs.flatMap((run) => run.measurements);
}

/** What the runs measured besides the scenario rows: bare calls per latency, the critical path. */
export function runExtras(runs: readonly LatencyRun[]): Required<TargetExtras> {
  return {
    bounds: runs.flatMap((run) => (run.waveBound ? [run.waveBound] : [])),
    criticalPath: runs.find((run) => run.criticalPath)?.criticalPath ?? [],
  };
}

/** The report as Markdown: context, results table, targets, skipped scenarios, profile. */
export function reportMarkdown(report: BenchReport): string {
  const skipped = report.runs.flatMap((r) =>
    r.skipped.map((s) => `- ${r.latencyMs} ms: \`${s.scenario}\`: ${s.reason}`),
  );
  const o = report.options;
  const { bounds, criticalPath } = runExtras(report.runs);
  return [
    `# frontdoor benchmark, ${report.startedAt}`,
    '',
    `\`${report.command}\` on ${machineLine(report.machine)}.`,
    `${o.durationSec} s per scenario in ${o.rounds} turn(s), after ${o.warmupSec} s of warm-up; 1 and ${o.connections} connections;` +
      ` NODE_ENV ${o.nodeEnv}; node flags \`${BFF_NODE_FLAGS.join(' ')}\` (every service); WORKERS ${o.workers ?? 'unset'}; BFF NODE_OPTIONS ${o.bffNodeOptions ? `\`${o.bffNodeOptions}\`` : 'unset'}` +
      `${o.dist ? `; compiled tree \`${o.dist}\`` : ''}.`,
    '',
    resultsTable(allMeasurements(report)),
    ...(bounds.length > 0
      ? [
          '',
          '## Bare backend calls on this machine',
          '',
          'GET one user by id from the load generator, back to back, on the same backends. Two sequential calls are the least any request of two sequential waves can take here, before any fan-out, decoding or GraphQL.',
          '',
          waveBoundTable(bounds),
        ]
      : []),
    ...(criticalPath.length > 0
      ? [
          '',
          '## Own time on the critical path',
          '',
          CRITICAL_PATH_NOTE,
          '',
          criticalPathTable(criticalPath),
        ]
      : []),
    '',
    '## Targets',
    '',
    targetsTable(report.targets),
    ...(skipped.length > 0 ? ['', '## Skipped', '', ...skipped] : []),
    ...(report.profile
      ? [
          '',
          '## Hot path (web OrderHistory under --cpu-prof)',
          '',
          `Profile: \`${report.profile.file}\``,
          '',
          report.profile.markdown,
          '',
          '## Allocations (web OrderHistory, sampling heap profiler)',
          '',
          report.profile.allocations,
        ]
      : []),
    '',
  ].join('\n');
}

/** Writes results.md, results.json and chart.svg into the output folder; returns their paths. */
export function writeResults(report: BenchReport): string[] {
  const dir = report.options.outDir;
  mkdirSync(dir, { recursive: true });
  const files = {
    'results.md': reportMarkdown(report),
    'results.json': `${JSON.stringify(report, null, 2)}\n`,
    'chart.svg': renderBarChart(
      `frontdoor bench, ${report.machine.nproc} CPUs, Node ${report.machine.node}`,
      saturationPanels(allMeasurements(report), report.options.connections),
    ),
  };
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
