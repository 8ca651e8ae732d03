import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'undici';
import { percentiles } from '../load/percentile';
import { runLoad, type LoadRequest } from '../load/run-load';
import { SCENARIOS } from '../scenarios/scenario-list';
import { bodyHasNoErrors, type Credentials, type Role, type Scenario } from '../scenarios/scenario';
import { distPath } from '../stack/dist-path';
import { SERVICE_SPECS } from '../stack/service-specs';
import { startService, type RunningService } from '../stack/start-service';
import { MARK_HEADER } from './mark-header';
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
  /** Measured requests per service. */
  readonly requests: number;
  /**
   * Seconds of load at WARM_UP_CONNECTIONS before measuring: a freshly started process has
   * not yet compiled its request path, as the scenarios' long-running one has.
   */
  readonly warmupSec: number;
}

const WARM_UP_CONNECTIONS = 32;
const TURN = 25;
const SIDES = ['web-order-history', 'floor-order-history'] as const;

/**
 * The web BFF and the floor, each started again with the phase-marks preload and warmed up,
 * serve OrderHistory one request at a time, taking turns of TURN requests; each request's own
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
    for (const side of sides) await side.warmUp(options.warmupSec);
    for (let sent = 0; sent < options.requests; sent += TURN) {
      for (const side of sides) await side.send(Math.min(TURN, options.requests - sent));
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
  const marked = requests.map((r) => ({ ...r, headers: { ...r.headers, [MARK_HEADER]: '1' } }));
  const origin = new URL(service.url).origin;
  const pool = new Pool(origin, { connections: 1 });
  let next = 0;
  return {
    scenario,
    marksFile,
    async warmUp(durationSec: number) {
      const verifyBody = bodyHasNoErrors;
      await runLoad({
        origin,
        connections: WARM_UP_CONNECTIONS,
        durationSec,
        requests,
        verifyBody,
      });
    },
    async send(count: number) {
      for (let i = 0; i < count; i++) {
        await sendChecked(pool, marked[next++ % marked.length] as LoadRequest, scenario.label);
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
