import { resolveResilience } from '../../../services/upstreams/resilience/resilience-options';

describe('resolveResilience', () => {
  it('applies the reference.md defaults', () => {
    expect(resolveResilience({}, 64)).toEqual({
      retry: {
        maxRetries: 1,
        backoff: { minMs: 10, maxMs: 50 },
        budgetRatio: 0.2,
        minConcurrentRetries: 3,
        minTimeLeftMs: 100,
      },
      breaker: {
        consecutiveFailures: 5,
        failureRatio: 0.5,
        minimumCalls: 20,
        samplingWindowMs: 10_000,
        halfOpenAfterMs: 30_000,
      },
      bulkhead: { maxConcurrent: 64, maxQueued: 256 },
    });
  });

  it('turns a part off with false and keeps the others', () => {
    const resolved = resolveResilience({ breaker: false, retry: { maxRetries: 2 } }, 128);
    expect(resolved.breaker).toBe(false);
    expect(resolved.retry && resolved.retry.maxRetries).toBe(2);
    expect(resolved.bulkhead && resolved.bulkhead.maxConcurrent).toBe(128);
  });

  it.each([
    ['a negative half-open delay', { breaker: { halfOpenAfterMs: -1 } }, /halfOpenAfterMs/],
    ['a failure ratio of 1', { breaker: { failureRatio: 1 } }, /failureRatio/],
    ['an inverted backoff', { retry: { backoff: { minMs: 50, maxMs: 10 } } }, /backoff/],
    ['a NaN queue', { bulkhead: { maxQueued: Number.NaN } }, /maxQueued/],
  ])('refuses %s at start-up, naming the option', (_case, options, message) => {
    expect(() => resolveResilience(options, 64)).toThrow(message);
  });
});
