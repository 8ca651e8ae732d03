import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { projectRoot } from '../../services/shared';

export type LogLine = Record<string, unknown>;

export interface BffProcess {
  readonly child: ChildProcess;
  /** The GraphQL URL and admin origin from the `<client> BFF listening` line. */
  readonly url: string;
  readonly adminUrl: string;
  /** Every stdout line so far (the primary's and its workers', which share stdout), parsed. */
  lines(): LogLine[];
  /** Resolves with the first line (already written or to come) that matches, within `timeoutMs`. */
  waitForLine(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Everything written to stderr. */
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Signals the whole process group, as systemd or a terminal's Ctrl-C does. */
  signalGroup(signal: NodeJS.Signals): void;
  /** SIGKILLs the process group (the primary and any cluster worker) if still running. */
  kill(): Promise<void>;
}

/**
 * Runs a BFF's real main.ts as its own process (`node --import tsx`), JSON logs on stdout, and
 * waits for its "listening" line: the way an orchestrator runs it, with the URLs the process
 * chose on port 0.
 */
export async function startBffProcess(
  bff: 'bff-web' | 'bff-mobile' | 'bff-partner',
  env: Record<string, string>,
  startTimeoutMs = 30_000,
  /** Node options before the entry, e.g. ['--require', 'tsx/cjs', '--require', preload]. */
  nodeArgs: readonly string[] = [],
): Promise<BffProcess> {
  const child = spawn(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', join(projectRoot(), 'services', bff, 'main.ts')],
    {
      cwd: projectRoot(),
      env: { PATH: process.env.PATH, LOG_FORMAT: 'json', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so cleanup reaches its workers too
    },
  );
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const parsed: LogLine[] = [];
  const waiters = new Set<(line: LogLine) => void>();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { msg: text };
    }
    parsed.push(line);
    for (const waiter of waiters) waiter(line);
  });

  const waitForLine = (match: (line: LogLine) => boolean, timeoutMs = 20_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const seen = parsed.find(match);
      if (seen) return resolve(seen);
      const done = (error?: Error, line?: LogLine): void => {
        clearTimeout(timer);
        waiters.delete(waiter);
        if (error) reject(error);
        else resolve(line as LogLine);
      };
      const waiter = (line: LogLine): void => {
        if (match(line)) done(undefined, line);
      };
      const timer = setTimeout(
        () => done(new Error(`no matching log line within ${timeoutMs} ms; stderr: ${stderr}`)),
        timeoutMs,
      );
      waiters.add(waiter);
      void exited.then((code) => done(new Error(`${bff} exited (${code}); stderr: ${stderr}`)));
    });

  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // Already gone.
    }
  };
  const kill = async (): Promise<void> => {
    signalGroup('SIGKILL');
    await exited;
  };
  const client = bff.slice('bff-'.length);
  try {
    const listening = await waitForLine(
      (line) => line.msg === `${client} BFF listening`,
      startTimeoutMs,
    );
    return {
      child,
      url: String(listening.url),
      adminUrl: String(listening.admin),
      lines: () => [...parsed],
      waitForLine,
      stderr: () => stderr,
      exited,
      signalGroup,
      kill,
    };
  } catch (error) {
    await kill();
    throw error;
  }
}

/**
 * Readiness as a load balancer sees it: polls `readyz` every 10 ms until it stops answering
 * 200 and returns what it answered instead ('refused' once the listener is gone).
 */
export async function pollUntilUnready(
  readyz: string,
  timeoutMs: number,
): Promise<number | 'refused'> {
  for (let attempt = 0; attempt < timeoutMs / 10; attempt += 1) {
    const status = await fetch(readyz).then(
      (r) => r.status,
      () => 'refused' as const,
    );
    if (status !== 200) return status;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return 200 as never;
}
