import type { Worker } from 'node:cluster';
import type pino from 'pino';
import { isClusterMessage } from './cluster-messages';
import { decideRestart, DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy';

export interface WorkerSupervisorOptions {
  /** Worker processes to keep running. */
  readonly count: number;
  /** Forks one worker (cluster.fork in production, a fake in unit tests). */
  fork(): Worker;
  readonly logger: pino.Logger;
  /** Default: DEFAULT_RESTART_POLICY. */
  readonly policy?: RestartPolicy;
  /** A worker announced its GraphQL listener. */
  onListening?(worker: Worker, url: string): void;
  /** The number of listening workers changed. */
  onChange?(listening: number): void;
  /** A dead worker is being replaced. */
  onRestart?(): void;
  /**
   * A slot crash-looped after `started` resolved: restarts have stopped. (Before that,
   * `started` rejects instead.) The primary stops the rest and exits non-zero.
   */
  onGiveUp(error: Error): void;
}

export interface WorkerSupervisor {
  /** The GraphQL URL once all `count` workers listen; rejects if a slot crash-loops first. */
  readonly started: Promise<string>;
  /** Workers that are alive and have announced their listener. */
  listening(): Worker[];
  /**
   * SIGTERM to every worker (each drains as a single process would), then waits for all of
   * them to exit; any still alive after `forceAfterMs` is killed. No restarts from here on.
   */
  stop(forceAfterMs: number): Promise<void>;
}

/** One worker position: its current process, and the deaths that decide its restarts. */
interface Slot {
  worker?: Worker;
  exited?: Promise<void>;
  listening: boolean;
  crashes: number[];
  timer?: NodeJS.Timeout;
}

/**
 * Keeps `count` workers running: forks them, learns when each listens (its ListeningMessage),
 * replaces one that exits unexpectedly after the RestartPolicy's delay, and gives up on a slot
 * that crash-loops. Signals go to the worker's process directly (not Worker.kill, which first
 * disconnects IPC, and a worker that loses IPC exits at once instead of draining).
 */
export function superviseWorkers(options: WorkerSupervisorOptions): WorkerSupervisor {
  const log = options.logger.child({ component: 'cluster' });
  const policy = options.policy ?? DEFAULT_RESTART_POLICY;
  const slots: Slot[] = Array.from({ length: options.count }, () => ({
    listening: false,
    crashes: [],
  }));
  let stopping: Promise<void> | undefined;
  let gaveUp = false;
  let isStarted = false;
  let resolveStarted: (url: string) => void = () => undefined;
  let rejectStarted: (error: Error) => void = () => undefined;
  const started = new Promise<string>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });

  const listening = (): Worker[] =>
    slots.flatMap((slot) => (slot.listening && slot.worker ? [slot.worker] : []));
  const changed = (): void => options.onChange?.(listening().length);

  function spawn(slot: Slot): void {
    const worker = options.fork();
    slot.worker = worker;
    slot.listening = false;
    slot.exited = new Promise((resolve) => {
      worker.once('exit', (code: number | null, signal: string | null) => {
        exited(slot, worker, code, signal);
        resolve();
      });
    });
    worker.on('message', (message: unknown) => {
      if (!isClusterMessage(message) || message.type !== 'listening') return;
      if (slot.worker !== worker) return;
      slot.listening = true;
      log.info(
        { worker: worker.id, pid: worker.process.pid, url: message.url },
        'worker listening',
      );
      options.onListening?.(worker, message.url);
      changed();
      if (!isStarted && slots.every((s) => s.listening)) {
        isStarted = true;
        resolveStarted(message.url);
      }
    });
  }

  function exited(slot: Slot, worker: Worker, code: number | null, signal: string | null): void {
    const wasListening = slot.listening;
    slot.worker = undefined;
    slot.listening = false;
    if (wasListening) changed();
    const facts = { worker: worker.id, pid: worker.process.pid, code, signal };
    if (stopping) return void log.info(facts, 'worker exited');
    if (gaveUp) return;
    const now = Date.now();
    slot.crashes = [...slot.crashes.filter((time) => now - time < policy.windowMs), now];
    const decision = decideRestart(slot.crashes, now, policy);
    if (!decision.restart) return giveUp(decision.crashes, facts);
    log.error(
      { ...facts, restartInMs: decision.delayMs },
      'worker exited unexpectedly; replacing it',
    );
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      if (stopping || gaveUp) return;
      options.onRestart?.();
      spawn(slot);
    }, decision.delayMs);
  }

  function giveUp(crashes: number, facts: Record<string, unknown>): void {
    gaveUp = true;
    const error = new Error(
      `a worker exited ${crashes} times within ${policy.windowMs / 1000} s: crash loop, giving up (see the worker's own error above)`,
    );
    log.fatal({ ...facts, crashes }, error.message);
    if (isStarted) options.onGiveUp(error);
    else rejectStarted(error);
  }

  async function stopAll(forceAfterMs: number): Promise<void> {
    for (const slot of slots) clearTimeout(slot.timer);
    const live = slots.filter((slot) => slot.worker);
    for (const slot of live) slot.worker?.process.kill('SIGTERM');
    const force = setTimeout(() => {
      for (const slot of live) {
        if (!slot.worker) continue;
        log.error(
          { worker: slot.worker.id, pid: slot.worker.process.pid },
          'worker did not drain in time; killing it',
        );
        slot.worker.process.kill('SIGKILL');
      }
    }, forceAfterMs);
    await Promise.all(live.map((slot) => slot.exited));
    clearTimeout(force);
  }

  for (const slot of slots) spawn(slot);
  return {
    started,
    listening,
    stop: (forceAfterMs) => (stopping ??= stopAll(forceAfterMs)),
  };
}
