import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { warmThenLoad } from '../load/warm-then-load';
import type { BenchOptions } from '../options';
import { readServerCounters, settledCounters } from '../probe/server-counters';
import { progress } from '../progress';
import { bodyHasNoErrors, type Credentials, type Scenario } from '../scenarios/scenario';
import { startBackends } from '../stack/backends';
import { distPath } from '../stack/dist-path';
import { SERVICE_SPECS } from '../stack/service-specs';
import { startService } from '../stack/start-service';
import { PROFILED_ENV } from './profiled-env';
import { allocationMarkdown, summariseAllocations, type AllocNode } from './alloc-summary';

/** Time for the preload's inspector session to start sampling after the signal. */
const SIGNAL_SETTLE_MS = 500;
const WRITE_TIMEOUT_MS = 15_000;

async function waitForFile(file: string): Promise<void> {
  const until = Date.now() + WRITE_TIMEOUT_MS;
  while (!existsSync(file)) {
    if (Date.now() > until) throw new Error(`${file} not written after ${WRITE_TIMEOUT_MS} ms`);
    await sleep(100);
  }
}

/**
 * Bytes the scenario's BFF allocates per request, at saturation with 0 ms backends: the BFF
 * runs as its own process with alloc-preload.js, sampled between two SIGUSR2 after a warm-up.
 */
export async function recordAllocations(
  scenario: Scenario,
  credentials: Credentials,
  options: BenchOptions,
): Promise<string> {
  const dir = join(options.outDir, 'profile');
  const logDir = join(options.outDir, 'logs', 'allocations');
  const file = join(dir, 'allocations.heapprofile');
  mkdirSync(dir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  rmSync(file, { force: true });
  progress(`\nsampling allocations of ${scenario.label} at ${options.connections} connections`);
  const backends = await startBackends(0, logDir);
  try {
    const service = await startService(SERVICE_SPECS[scenario.service], {
      upstreamEnv: backends.upstreamEnv,
      env: { ...PROFILED_ENV, ALLOC_PROFILE_FILE: file },
      logDir,
      bffNodeOptions: options.bffNodeOptions,
      nodeEnv: options.nodeEnv,
      nodeArgs: ['--require', distPath('scripts/bench/profile/alloc-preload.js')],
    });
    const counters = () => settledCounters(() => readServerCounters('bff', service.statsUrl));
    const base = {
      origin: new URL(service.url).origin,
      connections: options.connections,
      requests: scenario.requests(credentials, service.spec.path),
      verifyBody: bodyHasNoErrors,
    };
    let before = 0;
    await warmThenLoad(base, options.warmupSec, Math.min(options.durationSec, 5), async () => {
      before = (await counters()).requests;
      process.kill(service.child.pid, 'SIGUSR2');
      await sleep(SIGNAL_SETTLE_MS);
    });
    const after = await counters();
    process.kill(service.child.pid, 'SIGUSR2');
    await waitForFile(file);
    await service.child.stop();
    const head = (JSON.parse(readFileSync(file, 'utf8')) as { head: AllocNode }).head;
    return allocationMarkdown(summariseAllocations(head, after.requests - before));
  } finally {
    await Promise.all(backends.children.map((child) => child.stop()));
  }
}
