/** Counts calls and retries in flight to one backend and says whether one more retry fits. */
export interface RetryBudget {
  /** Marks one call in flight (retries included); the returned function ends it. */
  callStarted(): () => void;
  /** Reserves a retry if the budget allows one now; release it with `retryFinished`. */
  tryReserveRetry(): boolean;
  retryFinished(): void;
}

export interface RetryBudgetOptions {
  /** Share of calls in flight that may be retries. */
  ratio: number;
  /** Concurrent retries always allowed, however few calls are in flight. */
  minConcurrent: number;
}

/**
 * Envoy's retry budget: retries in flight <= max(minConcurrent, ratio x calls in flight).
 * Unlike a per-call retry count, it bounds the extra load as a whole: when a backend dies
 * and every call fails at once, only a fifth of them are retried, not all. (gRPC's A6 retry
 * throttling caps retries with a token bucket instead; the budget needs no tuning of
 * token rates.) The reservation is taken synchronously at the decision, so concurrent
 * failures cannot all see the same free slot.
 */
export function createRetryBudget(options: RetryBudgetOptions): RetryBudget {
  let calls = 0;
  let retries = 0;
  return {
    callStarted() {
      calls += 1;
      let ended = false;
      return () => {
        if (!ended) calls -= 1;
        ended = true;
      };
    },
    tryReserveRetry() {
      const allowed = Math.max(options.minConcurrent, Math.floor(options.ratio * calls));
      if (retries >= allowed) return false;
      retries += 1;
      return true;
    },
    retryFinished() {
      retries = Math.max(0, retries - 1);
    },
  };
}
