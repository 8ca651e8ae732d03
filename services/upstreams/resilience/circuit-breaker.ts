import {
  circuitBreaker,
  CircuitState,
  ConsecutiveBreaker,
  handleWhen,
  isBrokenCircuitError,
  SamplingBreaker,
} from 'cockatiel';
import { AppError } from '../../shared';
import { isBackendFailure } from './backend-failure';
import { createEitherBreaker } from './either-breaker';
import { type CircuitStateName } from './circuit-state';
import { type ResilienceMetrics } from './resilience-metrics';
import { type ResolvedResilience } from './resilience-options';

export interface CircuitBreaker {
  /**
   * Runs `call` unless the circuit is open (CIRCUIT_OPEN at once, nothing sent). Only
   * backend-health failures count against it (see backend-failure.ts).
   */
  run<T>(clientSignal: AbortSignal | undefined, call: () => Promise<T>): Promise<T>;
  state(): CircuitStateName;
}

export interface CircuitBreakerOptions {
  upstream: string;
  options: ResolvedResilience['breaker'];
  metrics: ResilienceMetrics;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * One cockatiel circuit breaker per backend: opens on N consecutive failures OR a failure
 * ratio over a sampling window (Envoy outlier detection's consecutive_5xx and
 * failure_percentage), stays open for `halfOpenAfterMs`, then lets ONE probe through.
 */
export function createCircuitBreaker({
  upstream,
  options,
  metrics,
}: CircuitBreakerOptions): CircuitBreaker {
  if (options === false) return { run: (_signal, call) => call(), state: () => 'closed' };
  const counted = new WeakSet<Error>();
  const policy = circuitBreaker(
    handleWhen((error) => counted.has(error)),
    {
      halfOpenAfter: options.halfOpenAfterMs,
      breaker: createBreakers(options),
    },
  );
  metrics.setCircuitState(upstream, 'closed');
  policy.onStateChange((state) => metrics.setCircuitState(upstream, stateName(state)));
  const rejected = (cause: unknown) => {
    metrics.countRejected(upstream, 'circuit_open');
    return new AppError('CIRCUIT_OPEN', { upstream, cause });
  };
  return {
    async run<T>(clientSignal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
      // cockatiel parks every caller behind the half-open probe; "one probe" means the
      // others fail fast instead of piling up behind a backend that may still hang.
      if (policy.state === CircuitState.HalfOpen) throw rejected('half-open: probe in flight');
      let settled: Settled<T>;
      try {
        settled = await policy.execute(() => settle(call, clientSignal, counted));
      } catch (error) {
        throw isBrokenCircuitError(error) ? rejected(error) : error;
      }
      if (settled.ok) return settled.value;
      throw settled.error;
    },
    state: () => stateName(policy.state),
  };
}

function createBreakers(options: Exclude<ResolvedResilience['breaker'], false>) {
  const seconds = options.samplingWindowMs / 1000;
  return createEitherBreaker([
    new ConsecutiveBreaker(options.consecutiveFailures),
    new SamplingBreaker({
      // cockatiel opens on failures > threshold x calls; the rule is ">= 50%", hence the hair.
      threshold: options.failureRatio - 1e-9,
      duration: options.samplingWindowMs,
      minimumRps: options.minimumCalls / seconds,
    }),
  ]);
}

/**
 * Sorts a call's outcome for cockatiel, which counts what its filter handles as a failure,
 * what returns as a success, and neither for what it does not handle:
 * - a backend-health failure is marked and thrown: a failure;
 * - any other answer (NOT_FOUND, BAD_USER_INPUT...) returns: a success, as in Envoy, where a
 *   non-5xx answer resets the consecutive-5xx count;
 * - a call the client abandoned is thrown unmarked: no verdict on the backend either way
 *   (cockatiel does close a half-open circuit on it, the one case it treats otherwise).
 */
async function settle<T>(
  call: () => Promise<T>,
  signal: AbortSignal | undefined,
  counted: WeakSet<Error>,
): Promise<Settled<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof Error && isBackendFailure(error, signal)) counted.add(error);
    if (error instanceof Error && (counted.has(error) || signal?.aborted)) throw error;
    return { ok: false, error };
  }
}

function stateName(state: CircuitState): CircuitStateName {
  if (state === CircuitState.Closed) return 'closed';
  return state === CircuitState.HalfOpen ? 'half-open' : 'open';
}
