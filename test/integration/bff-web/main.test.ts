import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { projectRoot } from '../../../services/shared';

// A Node process with a TypeScript loader: slow on a busy CI machine.
jest.setTimeout(20_000);

async function runMain(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(projectRoot(), 'services', 'bff-web', 'main.ts')],
    {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

describe('bff-web main.ts', () => {
  it('refuses to start in production without real key configuration, naming the variables', async () => {
    const { code, stderr } = await runMain({ NODE_ENV: 'production', PORT: '0', ADMIN_PORT: '0' });
    expect(code).toBe(1);
    expect(stderr).toContain(
      'JWT_PUBLIC_KEY_FILE, JWT_PUBLIC_KEY or JWT_JWKS_URL is required in production',
    );
    expect(stderr).not.toMatch(/\n\s+at /); // a configuration problem, not a crash: no stack trace
  });

  it('lists every invalid variable in one go', async () => {
    const { code, stderr } = await runMain({ PORT: 'x', UPSTREAM_TIMEOUT_MS: '-5' });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('UPSTREAM_TIMEOUT_MS');
  });
});
