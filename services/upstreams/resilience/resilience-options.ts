/**
 * Retries of idempotent calls that failed with UPSTREAM_UNAVAILABLE (refused or reset
 * connection, gRPC UNAVAILABLE, HTTP 503). Defaults from reference.md ("retries" row).
 */
export interface RetryOptions {
  /** Retries after the first attempt. @default 1 */
  maxRetries?: number;
  /** Jittered pause before a retry, uniform in [minMs, maxMs]. @default { minMs: 10, maxMs: 50 } */
  backoff?: { minMs: number; maxMs: number };
  /**
   * Retries in flight may be at most this share of the calls in flight to the backend
   * (Envoy retry budget `budget_percent`), so a sick backend never sees retries multiply
   * its load. @default 0.2
   */
  budgetRatio?: number;
  /** The budget never forbids this many concurrent retries (Envoy `min_retry_concurrency`). @default 3 */
  minConcurrentRetries?: number;
  /** No retry when less than this is left before the call's deadline. @default 100 */
  minTimeLeftMs?: number;
}

/**
 * One circuit breaker per backend (reference.md "circuit breaker" row, after Envoy outlier
 * detection: 5 consecutive 5xx, 30 s ejection).
 */
export interface BreakerOptions {
  /** Opens after this many backend-health failures in a row. @default 5 */
  consecutiveFailures?: number;
  /** ...or when at least this share of the calls in the sampling window failed. @default 0.5 */
  failureRatio?: number;
  /** ...counting only windows with at least this many calls. @default 20 */
  minimumCalls?: number;
  /** Length of the sampling window. @default 10_000 */
  samplingWindowMs?: number;
  /** Open for this long; then one probe call decides (half-open). @default 30_000 */
  halfOpenAfterMs?: number;
}

/** A cap on concurrent calls per backend, with a bounded queue in front of it. */
export interface BulkheadOptions {
  /** Calls in flight at once. @default the REST pool's `connections` (64), 128 for gRPC */
  maxConcurrent?: number;
  /** Calls waiting for a slot; past it a call fails at once with UPSTREAM_OVERLOADED. @default 256 */
  maxQueued?: number;
}

/** Per-backend resilience; `false` turns a part off (e.g. the breaker, for a benchmark). */
export interface ResilienceOptions {
  /** @default the RetryOptions defaults */
  retry?: RetryOptions | false;
  /** @default the BreakerOptions defaults */
  breaker?: BreakerOptions | false;
  /** @default the BulkheadOptions defaults */
  bulkhead?: BulkheadOptions | false;
}

export interface ResolvedResilience {
  readonly retry: Readonly<Required<RetryOptions>> | false;
  readonly breaker: Readonly<Required<BreakerOptions>> | false;
  readonly bulkhead: Readonly<Required<BulkheadOptions>> | false;
}

/** Applies the defaults and rejects nonsense at start-up, naming the option. */
export function resolveResilience(
  options: ResilienceOptions = {},
  defaultConcurrency: number,
): ResolvedResilience {
  const { retry, breaker, bulkhead } = options;
  return Object.freeze({
    retry: retry === false ? false : checked('retry', resolveRetry(retry)),
    breaker: breaker === false ? false : checked('breaker', resolveBreaker(breaker)),
    bulkhead:
      bulkhead === false
        ? false
        : checked('bulkhead', {
            maxConcurrent: bulkhead?.maxConcurrent ?? defaultConcurrency,
            maxQueued: bulkhead?.maxQueued ?? 256,
          }),
  });
}

function resolveRetry(retry: RetryOptions = {}): Required<RetryOptions> {
  const backoff = retry.backoff ?? { minMs: 10, maxMs: 50 };
  if (backoff.maxMs < backoff.minMs) throw new RangeError('retry.backoff: maxMs < minMs');
  return {
    maxRetries: retry.maxRetries ?? 1,
    backoff,
    budgetRatio: retry.budgetRatio ?? 0.2,
    minConcurrentRetries: retry.minConcurrentRetries ?? 3,
    minTimeLeftMs: retry.minTimeLeftMs ?? 100,
  };
}

function resolveBreaker(breaker: BreakerOptions = {}): Required<BreakerOptions> {
  const failureRatio = breaker.failureRatio ?? 0.5;
  if (failureRatio <= 0 || failureRatio >= 1) {
    throw new RangeError('breaker.failureRatio must be in (0, 1)');
  }
  return {
    consecutiveFailures: breaker.consecutiveFailures ?? 5,
    failureRatio,
    minimumCalls: breaker.minimumCalls ?? 20,
    samplingWindowMs: breaker.samplingWindowMs ?? 10_000,
    halfOpenAfterMs: breaker.halfOpenAfterMs ?? 30_000,
  };
}

/** Every plain number must be finite and non-negative; objects (backoff) were checked above. */
function checked<T extends object>(name: string, resolved: T): Readonly<T> {
  for (const [key, value] of Object.entries(resolved)) {
    if (typeof value === 'number' && !(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name}.${key} must be a finite number >= 0, got ${value}`);
    }
  }
  return Object.freeze(resolved);
}
