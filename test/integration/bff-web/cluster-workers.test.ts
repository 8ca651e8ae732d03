import { generateKeyPairSync } from 'node:crypto';
import { signAccessToken } from '../../../services/edge';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { startSampleBackends, type SampleBackends } from '../../support/backends';
import {
  pollUntilUnready,
  startBffProcess,
  type BffProcess,
  type LogLine,
} from '../../support/bff-process';
import { backendEnv, postGraphQL } from '../../support/graphql-http';
import { ORDER_HISTORY } from '../../support/web-bff';

// Three Node processes with a TypeScript loader (a primary and two workers): slow on a busy
// CI machine. Every wait below is bounded; none of the assertions is about time.
jest.setTimeout(60_000);

const ME = 'query Me { me { id name } }'; // costs 1 point, one users call
const POINTS = 6;

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const auth = (subject: string) => ({
  authorization: `Bearer ${signAccessToken({ ...WEB_DEV_AUTH, privateKeyPem: keys.privateKey, subject })}`,
});
const clusterEnv = (backends: SampleBackends): Record<string, string> => ({
  NODE_ENV: 'test',
  WORKERS: '2',
  PORT: '0',
  ADMIN_PORT: '0',
  LOG_LEVEL: 'info',
  JWT_ISSUER: WEB_DEV_AUTH.issuer,
  JWT_AUDIENCE: WEB_DEV_AUTH.audience,
  JWT_PUBLIC_KEY: keys.publicKey,
  RATE_LIMIT_POINTS: String(POINTS),
  DRAIN_GRACE_MS: '10000',
  LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a loaded CI machine must not shed these requests
  ...backendEnv(backends),
});

describe('web BFF with WORKERS=2 (node:cluster)', () => {
  let backends: SampleBackends;
  let bff: BffProcess;
  const burst = (count: number, subject: string) => burstTo(bff, count, subject);
  const workersServing = (subject: string): Set<unknown> =>
    new Set(
      bff
        .lines()
        .filter((line) => line.msg === 'graphql request' && line.principal === subject)
        .map((line) => line.worker),
    );

  beforeAll(async () => {
    // Slow enough that a burst is in flight at once (so it spreads over connections and
    // workers), and that a SIGTERM finds requests to drain.
    backends = await startSampleBackends({ latency: { fixedMs: 200, jitterMs: 0 } });
    bff = await startBffProcess('bff-web', clusterEnv(backends));
  });
  afterAll(async () => {
    await bff?.kill();
    await backends?.stop();
  });

  it('is ready once both workers are, and serves /healthz from the primary', async () => {
    expect(bff.lines().filter((line) => line.msg === 'worker listening')).toHaveLength(2);
    await until(async () => (await fetch(`${bff.adminUrl}/readyz`)).status === 200);
    const readyz = (await (await fetch(`${bff.adminUrl}/readyz`)).json()) as LogLine;
    expect(readyz).toEqual({
      ready: true,
      checks: expect.objectContaining({ users: true, catalog: true, workers: true }),
    });
    expect((await fetch(`${bff.adminUrl}/healthz`)).status).toBe(200);
  });

  it('serves requests on both workers, and the primary /metrics sums their counters', async () => {
    const before = await counters(bff.adminUrl);
    const responses = await burst(POINTS, 'u0001');
    expect(responses.map((r) => r.status)).toEqual(Array(POINTS).fill(200));
    expect(responses[0]?.body.data).toEqual({ me: { id: 'u0001', name: expect.any(String) } });
    await until(async () => workersServing('u0001').size === 2);
    // Counters land when each response closes: poll until the sums settle on the burst.
    await until(async () => (await counters(bff.adminUrl)).http - before.http === POINTS);
    const after = await counters(bff.adminUrl);
    expect(after.upstream - before.upstream).toBe(POINTS); // one users call each
    expect(await metricLine(bff.adminUrl, 'frontdoor_cluster_workers')).toBe(2);
  });

  it('shares one rate-limit budget between the workers: the 7th point of a 6-point plan is refused', async () => {
    // Refused without being charged, in the primary's store as in a single process.
    const tooDear = await postGraphQL(bff.url, { query: ORDER_HISTORY }, auth('u0002'));
    expect(tooDear.status).toBe(429);
    const allowed = await burst(POINTS, 'u0002');
    expect(allowed.map((r) => r.status)).toEqual(Array(POINTS).fill(200));
    await until(async () => workersServing('u0002').size === 2);
    const refused = await burst(2, 'u0002'); // two connections: one per worker, both over budget
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    expect(refused[0]?.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('replaces a worker killed with SIGKILL and keeps serving', async () => {
    const listening = bff.lines().filter((line) => line.msg === 'worker listening');
    const victim = Number(listening[0]?.pid);
    process.kill(victim, 'SIGKILL');
    await bff.waitForLine(
      (line) => line.msg === 'worker exited unexpectedly; replacing it' && line.pid === victim,
    );
    const replacement = await bff.waitForLine(
      (line) => line.msg === 'worker listening' && !listening.some((old) => old.pid === line.pid),
    );
    expect(replacement.url).toBe(bff.url); // the same shared port
    await until(async () => (await fetch(`${bff.adminUrl}/readyz`)).status === 200);
    const responses = await burst(POINTS, 'u0003');
    expect(responses.map((r) => r.status)).toEqual(Array(POINTS).fill(200));
    expect(await metricLine(bff.adminUrl, 'frontdoor_cluster_worker_restarts_total')).toBe(1);
  });

  it('on SIGTERM to the primary (as Kubernetes sends it) turns unready, drains both workers, finishes requests in flight and exits 0', async () => {
    const workerPids = bff
      .lines()
      .filter((line) => line.msg === 'worker listening')
      .map((line) => Number(line.pid));
    const callsBefore = backends.users.calls.count();
    const inFlight = burst(POINTS, 'u0004');
    await until(async () => backends.users.calls.count() - callsBefore >= POINTS);
    bff.child.kill('SIGTERM');
    const readiness = await pollUntilUnready(`${bff.adminUrl}/readyz`, 5000);
    const statuses = (await inFlight).map((r) => r.status);
    expect(await bff.exited).toBe(0);
    expect(readiness === 503 || readiness === 'refused').toBe(true);
    expect(statuses).toEqual(Array(POINTS).fill(200));
    expect(workersServing('u0004').size).toBe(2);
    expect(workerPids.filter(isAlive)).toEqual([]);
    expect(workerExits(bff)).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
  });
});

describe('web BFF with WORKERS=2 when its whole process group gets SIGTERM', () => {
  let backends: SampleBackends;
  let bff: BffProcess;

  beforeAll(async () => {
    backends = await startSampleBackends({ latency: { fixedMs: 200, jitterMs: 0 } });
    bff = await startBffProcess('bff-web', clusterEnv(backends));
  });
  afterAll(async () => {
    await bff?.kill();
    await backends?.stop();
  });

  it('drains each worker once, though it is told twice (directly and by the primary), and exits 0', async () => {
    await until(async () => (await fetch(`${bff.adminUrl}/readyz`)).status === 200);
    const inFlight = burstTo(bff, POINTS, 'u0005');
    await until(async () => backends.users.calls.count() >= POINTS);
    bff.signalGroup('SIGTERM'); // systemd's default KillMode, or Ctrl-C in a terminal (SIGINT)
    expect((await inFlight).map((r) => r.status)).toEqual(Array(POINTS).fill(200));
    expect(await bff.exited).toBe(0);
    expect(workerExits(bff)).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
  });
});

/** `count` requests at once: each on its own connection, so both workers get some. */
function burstTo(bff: BffProcess, count: number, subject: string, query = ME) {
  return Promise.all(
    Array.from({ length: count }, () => postGraphQL(bff.url, { query }, auth(subject))),
  );
}

/** How the primary saw its workers end during its stop. */
function workerExits(bff: BffProcess): Array<{ code: unknown; signal: unknown }> {
  return bff
    .lines()
    .filter((line) => line.msg === 'worker exited')
    .map((line) => ({ code: line.code, signal: line.signal }));
}

/** frontdoor_http_requests_total and frontdoor_upstream_requests_total, summed over labels. */
async function counters(adminUrl: string): Promise<{ http: number; upstream: number }> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const sum = (name: string): number =>
    text
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) && !line.includes('operation="healthz"'))
      .filter((line) => !line.includes('operation="health.Check"'))
      .reduce((total, line) => total + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  return {
    http: sum('frontdoor_http_requests_total'),
    upstream: sum('frontdoor_upstream_requests_total'),
  };
}

/** The value of an unlabelled metric. */
async function metricLine(adminUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${adminUrl}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.slice(name.length + 1));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `condition` every 50 ms, for 15 s at most. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 50) {
    if (waited > 15_000) throw new Error('condition not met in 15 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
