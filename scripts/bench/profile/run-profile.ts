import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { warmThenLoad } from '../load/warm-then-load';
import { readServerCounters, settledCounters } from '../probe/server-counters';
import type { BenchOptions } from '../options';
import { progress } from '../progress';
import { bodyHasNoErrors, type Credentials, type Scenario } from '../scenarios/scenario';
import { startBackends } from '../stack/backends';
import { SERVICE_SPECS } from '../stack/service-specs';
import { startService } from '../stack/start-service';
import { PROFILED_ENV } from './profiled-env';

/**
 * Runs the scenario's BFF under `node --cpu-prof` with backends at 0 ms (so the BFF's own
 * work dominates) and saturates it after a warm-up; V8 writes the profile when the process
 * exits on SIGTERM. Returns the profile file (the largest one, should WORKERS fork several) and
 * how much of its start is start-up and warm-up, to leave out of the summary.
 */
export async function recordProfile(
  scenario: Scenario,
  credentials: Credentials,
  options: BenchOptions,
): Promise<{ file: string; skipMs: number }> {
  const profileDir = join(options.outDir, 'profile');
  const logDir = join(options.outDir, 'logs', 'profile');
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  progress(`\nprofiling ${scenario.label} at ${options.connections} connections (0 ms backends)`);
  const backends = await startBackends(0, logDir);
  try {
    const service = await startService(SERVICE_SPECS[scenario.service], {
      upstreamEnv: backends.upstreamEnv,
      logDir,
      workers: options.workers,
      bffNodeOptions: options.bffNodeOptions,
      nodeEnv: options.nodeEnv,
      nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
      env: PROFILED_ENV,
    });
    let skipMs = 0;
    const base = {
      origin: new URL(service.url).origin,
      connections: options.connections,
      requests: scenario.requests(credentials, service.spec.path),
      verifyBody: bodyHasNoErrors,
    };
    const result = await warmThenLoad(base, options.warmupSec, options.durationSec, async () => {
      await settledCounters(() => readServerCounters('bff', service.statsUrl));
      skipMs = performance.now() - service.child.startedAt;
    });
    progress(
      `  ${result.responses} responses at ${result.reqPerSec.toFixed(0)} req/s under the profiler`,
    );
    await service.child.stop(15_000);
    return { file: largestProfile(profileDir), skipMs };
  } finally {
    await Promise.all(backends.children.map((child) => child.stop()));
  }
}

function largestProfile(dir: string): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const [largest] = files;
  if (!largest) throw new Error(`no .cpuprofile written in ${dir}`);
  return largest;
}
