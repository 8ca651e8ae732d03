import { type CircuitState, type IBreaker } from 'cockatiel';

/**
 * A cockatiel breaker that opens when any of `breakers` would: "5 consecutive failures OR
 * a failure ratio over a window" is two of cockatiel's own breakers side by side. Every
 * breaker sees every success and failure (no short-circuit), so each keeps a true count.
 */
export function createEitherBreaker(breakers: readonly IBreaker[]): IBreaker {
  return {
    get state(): unknown {
      return breakers.map((breaker) => breaker.state);
    },
    set state(value: unknown) {
      if (!Array.isArray(value)) return;
      breakers.forEach((breaker, index) => {
        breaker.state = value[index];
      });
    },
    success(state: CircuitState) {
      for (const breaker of breakers) breaker.success(state);
    },
    failure(state: CircuitState) {
      return breakers.map((breaker) => breaker.failure(state)).some(Boolean);
    },
  };
}
