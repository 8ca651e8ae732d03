import type { ServerResponse } from 'node:http';

/** Requests admitted and not yet answered (or abandoned), for load shedding and drain. */
export interface InFlightCounter {
  readonly count: number;
  /** Counts the request until its response closes (finished or abandoned). */
  track(response: ServerResponse): void;
  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean>;
}

export function createInFlightCounter(): InFlightCounter {
  let count = 0;
  const waiters = new Set<() => void>();
  const release = () => {
    count--;
    if (count === 0) for (const wake of [...waiters]) wake();
  };
  return {
    get count() {
      return count;
    },
    track(response) {
      count++;
      // 'close' follows both a finished response and a client that went away.
      response.once('close', release);
    },
    idle(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (result: boolean) => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve(result);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), Math.max(0, timeoutMs));
        waiters.add(wake);
      });
    },
  };
}
