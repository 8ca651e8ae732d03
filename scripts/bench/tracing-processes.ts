import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../services/shared';

export interface BenchProcess {
  readonly name: string;
  /** The node process itself (tsx runs in it), for /proc CPU samples. */
  readonly pid: number;
  /** The first JSON log line whose `msg` is the one awaited (it carries the address). */
  readonly ready: Record<string, unknown>;
  stop(): Promise<void>;
}

/** Ready when the log says `msg`, or when `url` answers 200 (a process logging only warnings). */
export type Readiness = { msg: string } | { url: string };

/** A port free right now on 127.0.0.1 (the OS picks it; released before the service binds). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs `services/<entry>` with tsx as its own process group, stdout and stderr to
 * `<logDir>/<name>.log` (a file, so a slow reader never blocks the service's sync log
 * writes), and resolves once it is ready.
 */
export async function startProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  readiness: Readiness,
  logDir: string,
  node = process.execPath,
): Promise<BenchProcess> {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(node, ['--import', 'tsx', join(projectRoot(), entry)], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', fd, fd],
    detached: true,
  });
  closeSync(fd);
  const stop = () => stopGroup(child);
  try {
    const ready =
      'msg' in readiness
        ? await waitForLine(child, logFile, readiness.msg)
        : await waitForUrl(child, logFile, readiness.url);
    return { name, pid: child.pid ?? 0, ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitForLine(child: ChildProcess, file: string, msg: string) {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`${file}: exited ${child.exitCode}`);
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as Record<string, unknown>;
      if (entry.msg === msg) return entry;
    }
    await sleep(50);
  }
  throw new Error(`${file}: no "${msg}" within 30 s`);
}

async function waitForUrl(child: ChildProcess, file: string, url: string) {
  for (let waited = 0; waited < 30_000; waited += 50) {
    if (child.exitCode !== null) throw new Error(`${file}: exited ${child.exitCode}`);
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return { url };
    await sleep(50);
  }
  throw new Error(`${file}: ${url} not ready within 30 s`);
}

/** SIGTERM to the whole group (the service drains), SIGKILL if it is still there after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
}
