import { AppError } from '../../shared';
import { callBudgetMs } from '../call-budget';
import { type CallContext } from '../call-context';
import { cancellationError } from '../cancellation';
import { createBulkhead } from './bulkhead';
import { createCircuitBreaker } from './circuit-breaker';
import { type CircuitStateName } from './circuit-state';
import { type ResilienceMetrics } from './resilience-metrics';
import { type ResolvedResilience } from './resilience-options';
import { createRetrier } from './retry';
import { createRetryBudget } from './retry-budget';

export interface Resilience {
  /**
   * Runs one logical call through retry -> bulkhead -> breaker -> `send(deadline)`.
   * `deadline` (epoch ms) is shared by every attempt: min(timeoutMs, ctx.deadline - now)
   * from the moment the call is made, so a retry never extends the call's budget.
   */
  call<T>(
    ctx: CallContext,
    idempotent: boolean,
    send: (deadline: number) => Promise<T>,
  ): Promise<T>;
  circuitState(): CircuitStateName;
}

export interface ResilienceFactoryOptions {
  upstream: string;
  timeoutMs: number;
  options: ResolvedResilience;
  metrics: ResilienceMetrics;
  /** Source of retry jitter. @default Math.random */
  random?: () => number;
}

/**
 * The order matters:
 * - retry outermost, so each retry takes a bulkhead slot and passes the breaker again
 *   (an open circuit stops a retry too);
 * - the bulkhead outside the breaker, so a call that waited in the queue sees the circuit
 *   as it is when its turn comes, and our own queue limits never count as backend failures.
 */
export function createResilience(opts: ResilienceFactoryOptions): Resilience {
  const { upstream, timeoutMs, options, metrics } = opts;
  const retryOptions = options.retry;
  const budget = createRetryBudget({
    ratio: retryOptions ? retryOptions.budgetRatio : 0,
    minConcurrent: retryOptions ? retryOptions.minConcurrentRetries : 0,
  });
  const retrier = createRetrier({
    upstream,
    options: retryOptions,
    budget,
    metrics,
    random: opts.random,
  });
  const bulkhead = createBulkhead({ upstream, options: options.bulkhead, metrics });
  const breaker = createCircuitBreaker({ upstream, options: options.breaker, metrics });
  return {
    async call(ctx, idempotent, send) {
      const deadline = Date.now() + callBudgetMs(ctx, timeoutMs);
      assertSendable(upstream, ctx, deadline);
      const ended = budget.callStarted();
      try {
        return await retrier.run({ idempotent, deadline, clientSignal: ctx.signal }, (attemptNo) =>
          bulkhead.run(ctx.signal, deadline, () => {
            // Checked again in the slot: the queue or a backoff may have used the rest.
            assertSendable(upstream, ctx, deadline);
            return breaker.run(ctx.signal, () => {
              // Counted once really sent: a retry the open circuit stopped is a rejection.
              if (attemptNo > 0) metrics.countRetry(upstream);
              return send(deadline);
            });
          }),
        );
      } finally {
        ended();
      }
    },
    circuitState: () => breaker.state(),
  };
}

/** Nothing is sent that could only fail: no time left, or the client is gone. */
function assertSendable(upstream: string, ctx: CallContext, deadline: number): void {
  if (deadline <= Date.now()) {
    throw new AppError('UPSTREAM_TIMEOUT', { upstream, cause: 'deadline passed' });
  }
  if (ctx.signal?.aborted) throw cancellationError(upstream, ctx.signal.reason);
}
