import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildSpec {
  readonly name: string;
  /** Script run with this Node binary (process.execPath). */
  readonly script: string;
  readonly nodeArgs?: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** stdout and stderr go here, so a chatty child costs the load generator nothing. */
  readonly logFile: string;
}

export interface Child {
  readonly name: string;
  readonly pid: number;
  /** performance.now() when it was spawned. */
  readonly startedAt: number;
  /** Set once the process has exited. */
  exitCode(): number | string | undefined;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Map<number, Child>();

/**
 * Spawns a child in its own process group, so stopping it also stops anything it forks
 * (cluster workers), and tracks it until it exits.
 */
export function spawnChild(spec: ChildSpec): Child {
  const log = openSync(spec.logFile, 'w');
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), spec.script], {
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', log, log],
    detached: true,
  });
  closeSync(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${spec.name}: failed to spawn ${spec.script}`);
  let exit: number | string | undefined;
  const exited = new Promise<void>((done) =>
    child.once('exit', (code, signal) => {
      exit = signal ?? code ?? 'unknown';
      running.delete(pid);
      done();
    }),
  );
  const handle: Child = {
    name: spec.name,
    pid,
    startedAt,
    exitCode: () => exit,
    async stop(graceMs = 5000) {
      if (exit !== undefined) return;
      signalGroup(pid, 'SIGTERM');
      const timer = sleep(graceMs).then(() => 'timeout' as const);
      if ((await Promise.race([exited, timer])) === 'timeout') signalGroup(pid, 'SIGKILL');
      await exited;
    },
  };
  running.set(pid, handle);
  return handle;
}

/** Stops every child still running (gracefully, then by force). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running.values()].map((child) => child.stop()));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Kills every child still running when this process ends, however it ends: a normal exit,
 * an uncaught error, or Ctrl-C / SIGTERM (which first try a graceful stop).
 */
export function installExitGuards(): void {
  process.once('exit', () => {
    for (const pid of running.keys()) signalGroup(pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\nbench: ${signal}, stopping every process it started\n`);
      void stopAllChildren().finally(() => process.exit(130));
    });
  }
}
