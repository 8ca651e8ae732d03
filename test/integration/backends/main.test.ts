import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../../services/shared';
import { createHealthClient } from './grpc-test-client';

/** Runs a backend's main.ts as its own process, as `npm start` does after a build. */
function runMain(name: string, env: Record<string, string>): ChildProcess {
  const entry = join(projectRoot(), 'services', 'backends', name, 'main.ts');
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function firstLine(child: ChildProcess): Promise<Record<string, unknown>> {
  if (!child.stdout) throw new Error('no stdout');
  const lines = createInterface({ input: child.stdout });
  const [line] = (await once(lines, 'line')) as [string];
  return JSON.parse(line) as Record<string, unknown>;
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const [code] = (await once(child, 'exit')) as [number | null];
  return code;
}

// Each test starts a Node process with a TypeScript loader: slow on a busy CI machine.
jest.setTimeout(20_000);

describe('backend main.ts', () => {
  it('logs one JSON line with its URL, serves, and exits 0 on SIGTERM', async () => {
    const child = runMain('users', { PORT: '0', LOG_LEVEL: 'info' });
    try {
      const line = await firstLine(child);
      expect(line).toMatchObject({ level: 30, service: 'users', msg: 'listening' });
      const address = String(line.address);
      expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${address}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exitCode(child)).toBe(0);
  });

  it('serves gRPC health from a gRPC backend and exits 0 on SIGINT', async () => {
    const child = runMain('inventory', { PORT: '0' });
    try {
      const line = await firstLine(child);
      expect(String(line.address)).toMatch(/^127\.0\.0\.1:\d+$/);
      const health = createHealthClient(String(line.address));
      try {
        await expect(health.call('Check', { service: '' })).resolves.toEqual({ status: 'SERVING' });
      } finally {
        health.close();
      }
    } finally {
      child.kill('SIGINT');
    }
    expect(await exitCode(child)).toBe(0);
  });

  it('exits 1 naming every invalid variable', async () => {
    const child = runMain('catalog', { PORT: 'http', ERROR_RATE: '2', LATENCY_MS: '-5' });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exitCode(child)).toBe(1);
    for (const name of ['PORT', 'ERROR_RATE', 'LATENCY_MS']) expect(stderr).toContain(name);
  });
});
