import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signAccessToken } from '../../../services/edge';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { projectRoot } from '../../../services/shared';
import { MARK_HEADER } from '../../../scripts/bench/critical-path/mark-header';
import { ORDER_HISTORY_PLAN } from '../../../scripts/bench/critical-path/measure-critical-path';
import { phasesOf, type RequestMarks } from '../../../scripts/bench/critical-path/phases';
import { startSampleBackends, type SampleBackends } from '../../support/backends';
import { startBffProcess, type BffProcess } from '../../support/bff-process';
import { backendEnv, postGraphQL } from '../../support/graphql-http';
import { ORDER_HISTORY } from '../../support/web-bff';

// The web BFF as its own process with a TypeScript loader: slow to start on a busy machine.
// Nothing below asserts a duration, only what was recorded and in which order.
jest.setTimeout(60_000);

const LATENCY_MS = 10;
const REQUESTS = 5;
const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const token = signAccessToken({
  ...WEB_DEV_AUTH,
  privateKeyPem: keys.privateKey,
  subject: 'u0001',
});

describe('the critical-path preload in the real web BFF', () => {
  const marksFile = join(mkdtempSync(join(tmpdir(), 'critical-path-')), 'web.jsonl');
  let backends: SampleBackends;
  let bff: BffProcess | undefined;
  let requests: RequestMarks[];

  beforeAll(async () => {
    backends = await startSampleBackends({ latency: { fixedMs: LATENCY_MS } });
    const preload = join(projectRoot(), 'scripts/bench/critical-path/phase-marks.ts');
    bff = await startBffProcess(
      'bff-web',
      {
        NODE_ENV: 'test',
        PORT: '0',
        ADMIN_PORT: '0',
        JWT_ISSUER: WEB_DEV_AUTH.issuer,
        JWT_AUDIENCE: WEB_DEV_AUTH.audience,
        JWT_PUBLIC_KEY: keys.publicKey,
        LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0',
        CRITICAL_PATH_FILE: marksFile,
        ...backendEnv(backends),
      },
      30_000,
      ['--require', 'tsx/cjs', '--require', preload],
    );
    const auth = { authorization: `Bearer ${token}` };
    // Unmarked: served, not recorded (the measurement's warm-up).
    expect((await postGraphQL(bff.url, { query: ORDER_HISTORY }, auth)).status).toBe(200);
    for (let i = 0; i < REQUESTS; i++) {
      const response = await postGraphQL(
        bff.url,
        { query: ORDER_HISTORY },
        { ...auth, [MARK_HEADER]: '1' },
      );
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    }
    // The preload writes what is left when the process exits.
    bff.signalGroup('SIGTERM');
    await bff.exited;
    requests = readFileSync(marksFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as RequestMarks);
  });
  afterAll(async () => {
    await bff?.kill();
    await backends?.stop();
  });

  it('records each marked GraphQL POST once, with its five backend calls named by upstream', () => {
    expect(requests).toHaveLength(REQUESTS);
    for (const request of requests) {
      expect(request.calls.map((call) => call.upstream).sort()).toEqual([
        'catalog',
        'inventory',
        'orders',
        'reviews',
        'users',
      ]);
    }
  });

  it('puts every call inside its request, answered after it was sent and a latency later', () => {
    for (const { start, calls, end } of requests) {
      for (const call of calls) {
        expect(call.sent).toBeGreaterThanOrEqual(start);
        // Timers may fire a little early by the backend's cached loop clock.
        expect(call.answered).toBeGreaterThan(call.sent + LATENCY_MS - 2);
        expect(call.answered).toBeLessThanOrEqual(end);
      }
    }
  });

  it('sees the second wave leave only after the orders answered, so the phases add up', () => {
    for (const request of requests) {
      const phases = phasesOf(request, ORDER_HISTORY_PLAN);
      expect(phases).toBeDefined();
      expect(phases?.betweenWavesMs).toBeGreaterThanOrEqual(0);
      // Two waves of waiting at least (LATENCY_MS - 2) each, plus the BFF's own time.
      expect(phases?.totalMs).toBeGreaterThan((phases?.ownMs ?? 0) + 2 * (LATENCY_MS - 2));
    }
  });
});
