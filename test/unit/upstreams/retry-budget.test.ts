import { createRetryBudget } from '../../../services/upstreams/resilience/retry-budget';

describe('retry budget (Envoy: retries <= max(min concurrency, ratio x calls in flight))', () => {
  it('allows the minimum number of concurrent retries even with few calls in flight', () => {
    const budget = createRetryBudget({ ratio: 0.2, minConcurrent: 3 });
    budget.callStarted();
    expect([1, 2, 3, 4].map(() => budget.tryReserveRetry())).toEqual([true, true, true, false]);
  });

  it('allows 20% of calls in flight once that is more than the minimum', () => {
    const budget = createRetryBudget({ ratio: 0.2, minConcurrent: 3 });
    for (let i = 0; i < 50; i += 1) budget.callStarted();
    const granted = Array.from({ length: 20 }, () => budget.tryReserveRetry()).filter(Boolean);
    expect(granted).toHaveLength(10);
  });

  it('frees a slot when a retry finishes, and shrinks as calls end', () => {
    const budget = createRetryBudget({ ratio: 0.5, minConcurrent: 1 });
    const ends = Array.from({ length: 4 }, () => budget.callStarted());
    expect(budget.tryReserveRetry()).toBe(true);
    expect(budget.tryReserveRetry()).toBe(true);
    expect(budget.tryReserveRetry()).toBe(false);
    budget.retryFinished();
    expect(budget.tryReserveRetry()).toBe(true);
    budget.retryFinished();
    budget.retryFinished();
    ends.forEach((end) => end());
    ends[0]?.(); // ending twice counts once
    expect(budget.tryReserveRetry()).toBe(true); // the minimum of 1
    expect(budget.tryReserveRetry()).toBe(false);
  });
});
