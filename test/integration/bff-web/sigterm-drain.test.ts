import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { signAccessToken } from '../../../services/edge';
import { WEB_DEV_AUTH } from '../../../services/bff-web/config';
import { projectRoot } from '../../../services/shared';
import { startSampleBackends, type SampleBackends } from '../../support/backends';
import { pollUntilUnready } from '../../support/bff-process';
import { backendEnv, postGraphQL } from '../../support/graphql-http';
import { ORDER_HISTORY } from '../../support/web-bff';

// Starts the real main.ts as its own process: slow on a busy CI machine.
jest.setTimeout(30_000);

describe('web BFF process on SIGTERM under load', () => {
  let backends: SampleBackends;
  let child: ChildProcess;
  let url: string;
  let adminUrl: string;
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

  beforeAll(async () => {
    // Slow backends keep requests in flight while the signal arrives.
    backends = await startSampleBackends({ latency: { fixedMs: 300, jitterMs: 0 } });
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(projectRoot(), 'services', 'bff-web', 'main.ts')],
      {
        cwd: projectRoot(),
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          PORT: '0',
          ADMIN_PORT: '0',
          LOG_LEVEL: 'info',
          JWT_ISSUER: WEB_DEV_AUTH.issuer,
          JWT_AUDIENCE: WEB_DEV_AUTH.audience,
          JWT_PUBLIC_KEY: keys.publicKey,
          DRAIN_GRACE_MS: '10000',
          LOAD_SHED_MAX_EVENT_LOOP_DELAY_MS: '0', // a loaded CI machine must not shed this test's requests
          ...backendEnv(backends),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines = createInterface({ input: child.stdout! });
    for await (const line of lines) {
      const entry = JSON.parse(line) as { msg?: string; url?: string; admin?: string };
      if (entry.msg === 'web BFF listening') {
        url = entry.url!;
        adminUrl = entry.admin!;
        break;
      }
    }
  });
  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await backends.stop();
  });

  it('finishes every request in flight, turns unready at once, refuses new connections and exits 0', async () => {
    const token = signAccessToken({
      ...WEB_DEV_AUTH,
      privateKeyPem: keys.privateKey,
      subject: 'u0001',
    });
    const auth = { authorization: `Bearer ${token}` };
    expect((await fetch(`${adminUrl}/readyz`)).status).toBe(200);
    const inFlight = Array.from({ length: 20 }, () =>
      postGraphQL(url, { query: ORDER_HISTORY }, auth),
    );
    // Signal once all 20 are inside the BFF, waiting on backends. A request whose bytes the
    // kernel accepted but Node has not parsed yet is on an "idle" socket that server.close()
    // ends; Kubernetes' preStop sleep (deploy/kubernetes) covers that window in production.
    await until(() => backends.users.calls.count() >= 20);
    const exited = once(child, 'exit');
    const signalled = Date.now();
    child.kill('SIGTERM');
    const readiness = await pollUntilUnready(`${adminUrl}/readyz`, 2000);
    const unreadyAfterMs = Date.now() - signalled;
    const late = await postGraphQL(url, { query: ORDER_HISTORY }, auth).then(
      (r) => r.status,
      () => 'refused',
    );
    const statuses = (await Promise.all(inFlight)).map((response) => response.status);
    const [code] = (await exited) as [number | null];
    expect(statuses).toEqual(Array(20).fill(200));
    expect(readiness === 503 || readiness === 'refused').toBe(true);
    expect(unreadyAfterMs).toBeLessThan(1000); // long before the 300 ms backend calls finish twice over
    expect(late === 'refused' || late === 503).toBe(true);
    expect(code).toBe(0);
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5000) throw new Error('condition not met in 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
