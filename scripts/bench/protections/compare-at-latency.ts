import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LoadRequest } from '../load/run-load';
import { measureSlice } from '../measure';
import type { Measurement } from '../measurement';
import { mergeSlices } from '../merge-slices';
import { clockTicks } from '../probe/proc-stats';
import { describe, loud, progress } from '../progress';
import type { Credentials, Scenario } from '../scenarios/scenario';
import { SCENARIOS } from '../scenarios/scenario-list';
import type { Slice } from '../slice';
import { startBackends } from '../stack/backends';
import { SERVICE_SPECS } from '../stack/service-specs';
import { startService, type RunningService } from '../stack/start-service';
import type { ProtectionsBenchOptions } from './options';

export type Mode = 'on' | 'off';

/** One round: each BFF's slice, back to back, and what it measured. */
export interface RoundFigures {
  readonly order: readonly Mode[];
  readonly reqPerSec: Readonly<Record<Mode, number>>;
  readonly cpuMsPerReq: Readonly<Record<Mode, number>>;
}

export interface LatencyComparison {
  readonly latencyMs: number;
  readonly on: Measurement;
  readonly off: Measurement;
  readonly rounds: readonly RoundFigures[];
}

// The main suite's web OrderHistory (ten users, ten tokens), sent to both BFFs alike.
const ORDER_HISTORY = SCENARIOS.find((s) => s.id === 'web-order-history');

const VARIANTS: Readonly<Record<Mode, Scenario>> = {
  on: scenario('on', 'web', 'web OrderHistory, protections on'),
  off: scenario('off', 'web-unprotected', 'web OrderHistory, protections OFF'),
};

function scenario(mode: Mode, service: Scenario['service'], label: string): Scenario {
  if (!ORDER_HISTORY) throw new Error('scenario web-order-history is gone from scenario-list.ts');
  return { ...ORDER_HISTORY, id: `web-order-history-protections-${mode}`, label, service };
}

/**
 * One stack: the five backends at `latencyMs`, the web BFF (protections on, as deployed)
 * and the same BFF with protections off, both production builds with production key
 * configuration. After a parity check, the two take turns: each round gives each one slice
 * at saturation, the order flipping every round, so drift on a shared machine lands on both.
 */
export async function compareAtLatency(
  latencyMs: number,
  credentials: Credentials,
  options: ProtectionsBenchOptions,
): Promise<LatencyComparison> {
  const logDir = join(options.outDir, 'logs', `protections-${latencyMs}ms`);
  mkdirSync(logDir, { recursive: true });
  progress(`\nbackend latency ${latencyMs} ms: starting the stack (logs in ${logDir})`);
  const backends = await startBackends(latencyMs, logDir);
  const started: RunningService[] = [];
  try {
    const start = async (mode: Mode) => {
      const spec = SERVICE_SPECS[VARIANTS[mode].service];
      const service = await startService(spec, { upstreamEnv: backends.upstreamEnv, logDir });
      started.push(service);
      return service;
    };
    const services = { on: await start('on'), off: await start('off') };
    const requests = (mode: Mode) => VARIANTS[mode].requests(credentials, services[mode].spec.path);
    await checkParity(services, requests('on'));
    const at = { backendPids: backends.children.map((c) => c.pid), latencyMs };
    return await alternate(services, { on: requests('on'), off: requests('off') }, at, options);
  } finally {
    await Promise.all(started.map((s) => s.child.stop()));
    await Promise.all(backends.children.map((child) => child.stop()));
  }
}

/**
 * Both BFFs must do the same work: the same OrderHistory JSON for every bench user. A
 * difference (an error, a missing field) would make the comparison meaningless.
 */
async function checkParity(
  services: Readonly<Record<Mode, RunningService>>,
  requests: readonly LoadRequest[],
): Promise<void> {
  const answer = async (mode: Mode, request: LoadRequest): Promise<unknown> => {
    const origin = new URL(services[mode].url).origin;
    const { method, headers, body } = request;
    const response = await fetch(origin + request.path, { method, headers, body });
    const text = await response.text();
    if (response.status !== 200 || text.includes('"errors"')) {
      throw new Error(
        `parity: protections ${mode} answered ${response.status} ${text.slice(0, 300)}`,
      );
    }
    return JSON.parse(text) as unknown;
  };
  for (const request of requests) {
    const [on, off] = [await answer('on', request), await answer('off', request)];
    if (!isDeepStrictEqual(on, off)) {
      throw new Error('parity: protections on and off answered different OrderHistory JSON');
    }
  }
  progress(`  parity: both BFFs answer the same OrderHistory for all ${requests.length} users`);
}

async function alternate(
  services: Readonly<Record<Mode, RunningService>>,
  requests: Readonly<Record<Mode, readonly LoadRequest[]>>,
  at: { backendPids: readonly number[]; latencyMs: number },
  options: ProtectionsBenchOptions,
): Promise<LatencyComparison> {
  const slices: Record<Mode, Slice[]> = { on: [], off: [] };
  const rounds: RoundFigures[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order: Mode[] = round % 2 === 0 ? ['on', 'off'] : ['off', 'on'];
    for (const mode of order) {
      const slice = await measureSlice({
        service: services[mode],
        requests: requests[mode],
        backendPids: at.backendPids,
        connections: options.connections,
        durationSec: options.sliceSec,
        warmupSec: round === 0 ? options.warmupSec : 0,
        rateHint: slices[mode].at(-1)?.load.responsesPerSec,
      });
      slices[mode].push(slice);
    }
    const figures = (pick: (s: Slice) => number) => ({
      on: pick(slices.on.at(-1) as Slice),
      off: pick(slices.off.at(-1) as Slice),
    });
    rounds.push({
      order,
      reqPerSec: figures((s) => s.load.reqPerSec),
      cpuMsPerReq: figures((s) => (s.served > 0 ? s.serviceCpuMs / s.served : NaN)),
    });
    const r = rounds.at(-1) as RoundFigures;
    progress(
      `  round ${round + 1}/${options.rounds}: on ${r.reqPerSec.on.toFixed(0)} req/s ` +
        `${r.cpuMsPerReq.on.toFixed(2)} CPU ms/req, off ${r.reqPerSec.off.toFixed(0)} req/s ` +
        `${r.cpuMsPerReq.off.toFixed(2)} CPU ms/req`,
    );
  }
  const merged = (mode: Mode): Measurement => {
    const context = {
      scenario: VARIANTS[mode],
      service: VARIANTS[mode].service,
      latencyMs: at.latencyMs,
      connections: options.connections,
      ticksPerSecond: clockTicks(),
    };
    const m = mergeSlices(context, slices[mode]);
    progress(describe(m));
    if (m.failureCount > 0) loud(`FAILURES in ${m.label}: first ${m.firstFailure ?? '?'}`);
    return m;
  };
  return { latencyMs: at.latencyMs, on: merged('on'), off: merged('off'), rounds };
}
