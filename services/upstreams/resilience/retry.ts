import { DelegateBackoff, handleWhen, retry } from 'cockatiel';
import { isRetryableFailure } from './backend-failure';
import { type ResilienceMetrics } from './resilience-metrics';
import { type ResolvedResilience } from './resilience-options';
import { type RetryBudget } from './retry-budget';

/** What the retry decision needs to know about one call. */
export interface RetryPlan {
  /** Only idempotent calls are retried (REST GET, gRPC reads); a POST never is. */
  idempotent: boolean;
  /** Epoch ms the call, retries included, must end by. */
  deadline: number;
  clientSignal?: AbortSignal;
}

export interface Retrier {
  /** `attempt` gets its number: 0 for the first, 1 for the first retry... */
  run<T>(plan: RetryPlan, attempt: (attemptNo: number) => Promise<T>): Promise<T>;
}

export interface RetrierOptions {
  upstream: string;
  options: ResolvedResilience['retry'];
  budget: RetryBudget;
  metrics: ResilienceMetrics;
  /** @default Math.random */
  random?: () => number;
}

/**
 * cockatiel's retry policy, told per failure whether a retry is allowed:
 * 1. the attempt marks its own error retryable (idempotent call, UPSTREAM_UNAVAILABLE, not
 *    the last attempt, enough time left before the deadline; never a timeout: a backend
 *    that is slow would only get twice the work);
 * 2. the policy's filter then takes a slot in the retry budget, synchronously, at the
 *    moment of the decision; the retry releases it when it ends;
 * 3. cockatiel waits a jittered backoff and runs the attempt again.
 */
export function createRetrier(opts: RetrierOptions): Retrier {
  const { upstream, options, budget, metrics } = opts;
  if (options === false) return { run: (_plan, attempt) => attempt(0) };
  const random = opts.random ?? Math.random;
  const { minMs, maxMs } = options.backoff;
  const retryable = new WeakSet<Error>();
  const reserve = (): boolean => {
    if (budget.tryReserveRetry()) return true;
    metrics.countRetryDenied(upstream, 'budget');
    return false;
  };
  const policy = retry(
    handleWhen((error) => retryable.has(error) && reserve()),
    {
      maxAttempts: options.maxRetries,
      backoff: new DelegateBackoff(() => minMs + random() * (maxMs - minMs)),
    },
  );

  const mark = (error: unknown, plan: RetryPlan, attemptNo: number): void => {
    if (attemptNo >= options.maxRetries || !plan.idempotent) return;
    if (!(error instanceof Error) || !isRetryableFailure(error, plan.clientSignal)) return;
    if (plan.deadline - Date.now() < options.minTimeLeftMs) {
      metrics.countRetryDenied(upstream, 'deadline');
      return;
    }
    retryable.add(error);
  };

  return {
    run: (plan, attempt) =>
      policy.execute(async ({ attempt: attemptNo }) => {
        try {
          return await attempt(attemptNo);
        } catch (error) {
          mark(error, plan, attemptNo);
          throw error;
        } finally {
          if (attemptNo > 0) budget.retryFinished();
        }
      }),
  };
}
