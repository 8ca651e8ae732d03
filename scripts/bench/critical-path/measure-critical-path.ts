import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import { percentiles } from '../load/percentile';
import type { LoadRequest } from '../load/run-load';
import { SCENARIOS } from '../scenarios/scenario-list';
import { bodyHasNoErrors, type Credentials, type Role, type Scenario } from '../scenarios/scenario';
import { distPath } from '../stack/dist-path';
import { SERVICE_SPECS } from '../stack/service-specs';
import { startService, type RunningService } from '../stack/start-service';
import { phasesOf, type Phases, type RequestMarks, type TwoWavePlan } from './phases';

/** OrderHistory's waves: catalog, inventory and reviews need the product ids in the orders. */
export const ORDER_HISTORY_PLAN: TwoWavePlan = {
  waitsFor: 'orders',
  secondWave: ['catalog', 'inventory', 'reviews'],
};

/** p50 of each phase over the measured requests of one service. */
export interface CriticalPathRow {
  readonly label: string;
  readonly role: Role;
  readonly requests: number;
  readonly p50: Phases;
}

export interface CriticalPathOptions {
  readonly upstreamEnv: Readonly<Record<string, string>>;
  readonly logDir: string;
  readonly credentials: Credentials;
  readonly nodeEnv: 'production' | 'development';
  /** Measured requests per service, after WARM_UP more. */
  readonly requests: number;
}

const WARM_UP = 30;
const TURN = 25;
const SIDES = ['web-order-history', 'floor-order-history'] as const;

/**
 * The web BFF and the floor, each started again with the phase-marks preload, serve
 * OrderHistory one request at a time, taking turns of TURN requests; each request's own
 * time (everything but waiting for backends) is split into ingress, between waves and tail.
 */
export async function measureCriticalPath(
  options: CriticalPathOptions,
): Promise<CriticalPathRow[]> {
  const dir = join(options.logDir, 'critical-path');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const scenarios = SIDES.map(scenarioById);
  const sides = await Promise.all(scenarios.map((scenario) => startMarked(scenario, dir, options)));
  try {
    const total = WARM_UP + options.requests;
    for (let sent = 0; sent < total; sent += TURN) {
      for (const side of sides) await side.send(Math.min(TURN, total - sent));
    }
  } finally {
    await Promise.all(sides.map((side) => side.stop()));
  }
  return sides.map((side) => summarise(side.scenario, side.marksFile));
}

function scenarioById(id: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return scenario;
}

async function startMarked(scenario: Scenario, dir: string, options: CriticalPathOptions) {
  const marksFile = join(dir, `${scenario.service}.jsonl`);
  const service: RunningService = await startService(SERVICE_SPECS[scenario.service], {
    upstreamEnv: options.upstreamEnv,
    logDir: dir,
    nodeEnv: options.nodeEnv,
    nodeArgs: ['--require', distPath('scripts/bench/critical-path/phase-marks.js')],
    env: { CRITICAL_PATH_FILE: marksFile },
  });
  const requests = scenario.requests(options.credentials, service.spec.path);
  const pool = new Pool(new URL(service.url).origin, { connections: 1 });
  let next = 0;
  return {
    scenario,
    marksFile,
    async send(count: number) {
      for (let i = 0; i < count; i++) {
        await sendChecked(pool, requests[next++ % requests.length] as LoadRequest, scenario.label);
      }
    },
    async stop() {
      await pool.close();
      await service.child.stop();
    },
  };
}

async function sendChecked(pool: Pool, request: LoadRequest, label: string): Promise<void> {
  const { method, path, headers, body } = request;
  const response = await pool.request({ method, path, headers, body });
  const text = await response.body.text();
  if (response.statusCode !== 200 || !bodyHasNoErrors(text)) {
    throw new Error(`${label} answered ${response.statusCode}: ${text.slice(0, 200)}`);
  }
}

function summarise({ label, role }: Scenario, marksFile: string): CriticalPathRow {
  const phases = readFileSync(marksFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(WARM_UP)
    .flatMap((line) => phasesOf(JSON.parse(line) as RequestMarks, ORDER_HISTORY_PLAN) ?? []);
  const p50 = (pick: (p: Phases) => number) => percentiles(phases.map(pick), [50])[0] ?? NaN;
  return {
    label,
    role,
    requests: phases.length,
    p50: {
      ingressMs: p50((p) => p.ingressMs),
      betweenWavesMs: p50((p) => p.betweenWavesMs),
      tailMs: p50((p) => p.tailMs),
      ownMs: p50((p) => p.ownMs),
      totalMs: p50((p) => p.totalMs),
    },
  };
}
