/**
 * `npm start`: the sample backends and the BFFs as separate processes, as in production,
 * in one terminal. Prints every URL and a dev token once all BFFs are ready; Ctrl-C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { devCredential } from './dev-credentials';
import { STACK_SERVICES, type StackService } from './stack-services';

const DIST = join(__dirname, '..');
const READY_TIMEOUT_MS = 30_000;
const children = new Map<string, ChildProcess>();
let stopping = false;

function launch(service: StackService): void {
  const child = spawn(process.execPath, [...service.nodeFlags, join(DIST, service.entry)], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...service.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer): string =>
    chunk
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => `[${service.name}] ${line}`)
      .join('\n') + '\n';
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      process.stderr.write(`[${service.name}] exited (${signal ?? code}); stopping the stack\n`);
      void stop(1);
    }
  });
  children.set(service.name, child);
}

async function waitReady(url: string): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < until && !stopping) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${url} not ready after ${READY_TIMEOUT_MS / 1000}s`);
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = [...children.values()].map(
    (child) => new Promise((done) => child.once('exit', done)),
  );
  for (const child of children.values()) child.kill('SIGTERM');
  await Promise.race([Promise.all(exits), sleep(10_000)]);
  process.exit(code);
}

function banner(): string {
  const rows = STACK_SERVICES.map(
    (s) => `  ${s.name.padEnd(12)} ${s.url}${s.adminUrl ? `   (admin ${s.adminUrl})` : ''}`,
  );
  const history =
    'query OrderHistory { me { name orders(first: 3) { id status total { amount currency } } } }';
  return [
    '',
    'frontdoor is running:',
    ...rows,
    '',
    'Dev credentials (user u0001; `npm run -s token -- web|mobile <userId>` mints others):',
    `  export WEB_TOKEN=${devCredential('web')}`,
    `  export MOBILE_TOKEN=${devCredential('mobile')}`,
    `  export PARTNER_KEY=${devCredential('partner')}`,
    '',
    'Try:',
    `  curl -s http://127.0.0.1:4000/graphql -H 'content-type: application/json' -H "authorization: Bearer $WEB_TOKEN" \\`,
    `    -d '{"query":"${history}"}'`,
    `  curl -s http://127.0.0.1:4002/v1/graphql -H 'content-type: application/json' -H "x-api-key: $PARTNER_KEY" \\`,
    `    -d '{"query":"{ catalog(first: 3) { nodes { id sku name stock rating } } }"}'`,
    '  (mobile runs persisted operations only: see services/bff-mobile/README.md)',
    '',
    'Ctrl-C stops everything.',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  devCredential('web'); // create the dev key pair and API key before the BFFs look for them
  devCredential('partner');
  for (const service of STACK_SERVICES) launch(service);
  await Promise.all(
    STACK_SERVICES.flatMap((s) => (s.adminUrl ? [waitReady(`${s.adminUrl}/readyz`)] : [])),
  );
  process.stdout.write(banner());
}

main().catch((error: Error) => {
  process.stderr.write(`npm start: ${error.message}\n`);
  void stop(1);
});
