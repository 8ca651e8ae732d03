/**
 * `npm run bench`: frontdoor next to its floor. Builds, then for each backend latency starts
 * the sample backends, the BFFs, the naive BFF and the floor as real processes, loads each
 * scenario with autocannon at 1 connection and at saturation, profiles the web BFF, and
 * writes bench-results/{results.md,results.json,chart.svg}. Exit code 1 when a target fails.
 * See docs/performance.md.
 */
import { relative } from 'node:path';
import { benchAtLatency, type LatencyRun } from './bench-at-latency';
import { parseBenchArgs, type BenchOptions } from './options';
import { recordAllocations } from './profile/run-alloc-profile';
import { recordProfile } from './profile/run-profile';
import { summariseProfileFile } from './profile-summary';
import { loud, progress } from './progress';
import { describeMachine, machineLine } from './report/machine';
import { resultsTable } from './report/results-table';
import { checkTargets, targetsTable, verdict } from './report/targets';
import { waveBoundTable } from './report/wave-bound-table';
import { criticalPathTable } from './report/critical-path-table';
import { allMeasurements, runExtras, writeResults, type BenchReport } from './report/write-results';
import { devCredentials } from './scenarios/credentials';
import { SCENARIOS } from './scenarios/scenario-list';
import type { Credentials, Scenario } from './scenarios/scenario';
import { installExitGuards, stopAllChildren } from './stack/children';
import { buildDist } from './stack/build-dist';
import { useDistDir } from './stack/dist-path';
import { projectRoot } from '../../services/shared';

function selectScenarios(options: BenchOptions): Scenario[] {
  if (options.only.length === 0) return [...SCENARIOS];
  return SCENARIOS.filter((s) => options.only.some((wanted) => s.id.includes(wanted)));
}

async function profile(
  scenarios: readonly Scenario[],
  credentials: Credentials,
  options: BenchOptions,
): Promise<BenchReport['profile']> {
  const target = scenarios.find((s) => s.operation === 'OrderHistory' && s.role === 'bff');
  if (!options.profile || !target) return undefined;
  const { file, skipMs } = await recordProfile(target, credentials, options);
  return {
    file: relative(projectRoot(), file),
    markdown: summariseProfileFile(file, { skipMs }),
    allocations: await recordAllocations(target, credentials, options),
  };
}

async function main(): Promise<number> {
  const startedAt = new Date().toISOString();
  const options = parseBenchArgs(process.argv.slice(2));
  installExitGuards();
  if (options.build) buildDist();
  if (options.dist) useDistDir(options.dist);
  const machine = describeMachine();
  progress(`machine: ${machineLine(machine)}`);
  const scenarios = selectScenarios(options);
  const credentials = devCredentials();
  const runs: LatencyRun[] = [];
  for (const latencyMs of options.latenciesMs) {
    runs.push(await benchAtLatency(latencyMs, scenarios, credentials, options));
  }
  const measurements = runs.flatMap((run) => run.measurements);
  const extras = runExtras(runs);
  const report: BenchReport = {
    startedAt,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine,
    options,
    runs,
    targets: checkTargets(measurements, options.connections, extras),
    profile: await profile(scenarios, credentials, options),
  };
  const files = writeResults(report);
  const tables = [
    resultsTable(allMeasurements(report)),
    waveBoundTable(extras.bounds),
    ...(extras.criticalPath.length > 0 ? [criticalPathTable(extras.criticalPath)] : []),
    targetsTable(report.targets),
  ];
  process.stdout.write(`\n${tables.join('\n\n')}\n\n`);
  for (const check of report.targets)
    progress(`${verdict(check).padEnd(4)}  ${check.target}: ${check.measured}`);
  progress(`\nwrote ${files.map((f) => relative(projectRoot(), f)).join(', ')}`);
  const failed = report.targets.filter((c) => c.pass === false);
  if (failed.length > 0) loud(`${failed.length} target(s) FAILED`);
  // Quick mode is CI's smoke run on a shared machine: it proves the suite works and prints
  // the figures, but asserts nothing about speed.
  return failed.length > 0 && !options.quick ? 1 : 0;
}

main()
  .then(
    (code) => code,
    (error: Error) => {
      loud(`bench failed: ${error.stack ?? error.message}`);
      return 2;
    },
  )
  .then(async (code) => {
    await stopAllChildren();
    process.exit(code);
  });
