import { bulkhead, isBulkheadRejectedError } from 'cockatiel';
import { AppError } from '../../shared';
import { cancellationError } from '../cancellation';
import { type ResilienceMetrics } from './resilience-metrics';
import { type ResolvedResilience } from './resilience-options';

export interface Bulkhead {
  /**
   * Runs `call` in one of the backend's slots. Without a free slot it waits in the queue,
   * but never past `deadline` nor after the client left; with the queue full it fails at
   * once with UPSTREAM_OVERLOADED, sending nothing.
   */
  run<T>(
    clientSignal: AbortSignal | undefined,
    deadline: number,
    call: () => Promise<T>,
  ): Promise<T>;
}

export interface BulkheadOptions {
  upstream: string;
  options: ResolvedResilience['bulkhead'];
  metrics: ResilienceMetrics;
}

/**
 * A cockatiel bulkhead per backend: one slow backend can hold at most `maxConcurrent`
 * calls (and sockets) and `maxQueued` waiters, so it cannot take the whole BFF's memory
 * and event loop with it. The in-flight gauge counts calls holding a slot.
 */
export function createBulkhead({ upstream, options, metrics }: BulkheadOptions): Bulkhead {
  const tracked =
    <T>(call: () => Promise<T>) =>
    async (): Promise<T> => {
      const end = metrics.trackInFlight(upstream);
      try {
        return await call();
      } finally {
        end();
      }
    };
  if (options === false) return { run: (_signal, _deadline, call) => tracked(call)() };
  const policy = bulkhead(options.maxConcurrent, options.maxQueued);

  function overloaded(cause: unknown): AppError {
    metrics.countRejected(upstream, 'bulkhead_full');
    return new AppError('UPSTREAM_OVERLOADED', { upstream, cause });
  }

  /** A queued call gives up at its deadline or when the client leaves, not when a slot frees. */
  function queued<T>(
    clientSignal: AbortSignal | undefined,
    deadline: number,
    call: () => Promise<T>,
  ) {
    const expiry = AbortSignal.timeout(Math.max(0, deadline - Date.now()));
    const signal = clientSignal ? AbortSignal.any([expiry, clientSignal]) : expiry;
    let started = false;
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        if (started) return; // a running call ends by its own timer and signal
        metrics.countRejected(upstream, 'queue_timeout');
        reject(
          clientSignal?.aborted
            ? cancellationError(upstream, clientSignal.reason)
            : new AppError('UPSTREAM_TIMEOUT', { upstream, cause: 'deadline passed in queue' }),
        );
      };
      signal.addEventListener('abort', giveUp, { once: true });
      // cockatiel drops an aborted waiter (TaskCancelledError) when its turn comes; by then
      // this promise has settled, so that late rejection is ignored here.
      policy
        .execute(() => {
          started = true;
          return tracked(call)();
        }, signal)
        .then(resolve, (error: unknown) =>
          reject(isBulkheadRejectedError(error) ? overloaded(error) : error),
        )
        .finally(() => signal.removeEventListener('abort', giveUp));
    });
  }

  return {
    run(clientSignal, deadline, call) {
      // A free slot runs at once: no timer, no race.
      if (policy.executionSlots > 0) return policy.execute(tracked(call));
      return queued(clientSignal, deadline, call);
    },
  };
}
