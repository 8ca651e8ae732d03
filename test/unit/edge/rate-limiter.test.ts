import { createRateLimiter } from '../../../services/edge';
import { rateLimitHeaders } from '../../../services/edge/throttle/rate-limit-headers';
import { throttleKey } from '../../../services/edge/throttle/throttle-key';

describe('createRateLimiter (in memory)', () => {
  it('allows operations while the budget lasts and reports what remains', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    expect(await limiter.consume('user:a', 4)).toMatchObject({
      allowed: true,
      plan: 'default',
      limit: 10,
      windowSec: 60,
      remaining: 6,
    });
    const second = await limiter.consume('user:a', 6);
    expect(second).toMatchObject({ allowed: true, remaining: 0 });
    expect(second.resetSec).toBeGreaterThan(0);
    expect(second.resetSec).toBeLessThanOrEqual(60);
  });

  it('rejects as a decision, not an exception, and does not charge the rejected cost', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    await limiter.consume('user:a', 8);
    expect(await limiter.consume('user:a', 5)).toMatchObject({ allowed: false, remaining: 2 });
    expect(await limiter.consume('user:a', 2)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('rejects a cost above the whole budget without charging it', async () => {
    const limiter = createRateLimiter({ points: 10, durationSec: 60 });
    expect(await limiter.consume('user:a', 11)).toEqual({
      allowed: false,
      plan: 'default',
      limit: 10,
      windowSec: 60,
      remaining: 10,
      resetSec: 60,
    });
    expect(await limiter.consume('user:a', 10)).toMatchObject({ allowed: true, remaining: 0 });
  });

  it('keeps keys apart', async () => {
    const limiter = createRateLimiter({ points: 5 });
    await limiter.consume('user:a', 5);
    expect(await limiter.consume('user:b', 5)).toMatchObject({ allowed: true });
  });

  it('defaults to 600 points per 60 s and charges at least 1', async () => {
    const limiter = createRateLimiter();
    expect(limiter.policy).toEqual({ points: 600, durationSec: 60 });
    expect(await limiter.consume('user:a', 0)).toMatchObject({ remaining: 599 });
  });

  it("charges the principal's plan budget, so one key per partner gets its own quota", async () => {
    const limiter = createRateLimiter({
      plans: { default: { points: 10, durationSec: 60 }, gold: { points: 100, durationSec: 10 } },
    });
    expect(await limiter.consume('partner:acme', 50, 'gold')).toMatchObject({
      allowed: true,
      plan: 'gold',
      limit: 100,
      windowSec: 10,
      remaining: 50,
    });
    expect(await limiter.consume('partner:small', 50)).toMatchObject({
      allowed: false,
      plan: 'default',
    });
  });

  it('keeps separate windows per plan for the same key', async () => {
    const limiter = createRateLimiter({
      plans: { default: { points: 10, durationSec: 60 }, gold: { points: 100, durationSec: 60 } },
    });
    await limiter.consume('partner:acme', 10, 'gold');
    expect(await limiter.consume('partner:acme', 10)).toMatchObject({ allowed: true });
  });

  it('applies the default plan to a plan it does not know', async () => {
    const limiter = createRateLimiter({ points: 7 });
    expect(await limiter.consume('user:a', 1, 'platinum')).toMatchObject({
      plan: 'default',
      limit: 7,
    });
  });

  it.each([
    ['no default plan', { gold: { points: 1, durationSec: 1 } }, /must include "default"/],
    [
      'a plan name unsafe in a header',
      { default: { points: 1, durationSec: 1 }, 'a"b': { points: 1, durationSec: 1 } },
      /must match/,
    ],
    ['zero points', { default: { points: 0, durationSec: 1 } }, /positive integer/],
    ['a fractional window', { default: { points: 1, durationSec: 1.5 } }, /positive integer/],
  ])('refuses to start with %s', (_case, plans, message) => {
    expect(() => createRateLimiter({ plans })).toThrow(message);
  });

  it('closes without a Redis client to close', async () => {
    await expect(createRateLimiter().close()).resolves.toBeUndefined();
  });
});

describe('rateLimitHeaders', () => {
  const decision = {
    allowed: true,
    plan: 'default',
    limit: 600,
    windowSec: 60,
    remaining: 42,
    resetSec: 17,
  };

  it('writes the IETF RateLimit and RateLimit-Policy fields', () => {
    expect(rateLimitHeaders(decision)).toEqual([
      ['ratelimit-policy', '"default";q=600;w=60'],
      ['ratelimit', '"default";r=42;t=17'],
    ]);
  });

  it("names the caller's plan in both fields", () => {
    const headers = rateLimitHeaders({ ...decision, plan: 'gold', limit: 6000, windowSec: 10 });
    expect(headers).toEqual([
      ['ratelimit-policy', '"gold";q=6000;w=10'],
      ['ratelimit', '"gold";r=42;t=17'],
    ]);
  });

  it('adds a Retry-After no earlier than the reset on a rejection', () => {
    const headers = rateLimitHeaders({ ...decision, allowed: false, remaining: 0 });
    expect(headers).toContainEqual(['retry-after', '17']);
  });

  it('never sends Retry-After: 0, which would invite an immediate retry', () => {
    const headers = rateLimitHeaders({ ...decision, allowed: false, resetSec: 0 });
    expect(headers).toContainEqual(['retry-after', '1']);
  });
});

describe('throttleKey', () => {
  const principal = { kind: 'partner' as const, id: 'acme', scopes: [], plan: 'gold' };

  it('keys a principal by kind and id, whatever its address', () => {
    expect(throttleKey(principal, '203.0.113.9')).toBe('partner:acme');
  });

  it('keys an anonymous caller by its address', () => {
    expect(throttleKey(undefined, '203.0.113.9')).toBe('ip:203.0.113.9');
  });

  it('has no key for a caller with neither', () => {
    expect(throttleKey(undefined, undefined)).toBeUndefined();
  });
});
