import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface AuthFailureLimitOptions {
  /** Authentication failures one client address may cause per window. Default: 30. */
  failures?: number;
  /** Window length in seconds. Default: 60. */
  windowSec?: number;
}

export interface AuthFailureThrottle {
  /** Seconds until `address` may try again; 0 when it may try now. */
  blockedFor(address: string): Promise<number>;
  recordFailure(address: string): Promise<void>;
}

/**
 * Caps credential guessing per client address (OWASP ASVS V2.2.1: anti-automation): past
 * `failures` failed authentications in a window, the address is refused with 429 before
 * its credential is even verified, so a brute force costs the edge no signature checks.
 * Counted in process memory; entries expire with their window.
 */
export function createAuthFailureThrottle(
  options: AuthFailureLimitOptions = {},
): AuthFailureThrottle {
  const failures = options.failures ?? 30;
  const limiter = new RateLimiterMemory({
    points: failures,
    duration: options.windowSec ?? 60,
    keyPrefix: 'auth-failures',
  });
  return {
    async blockedFor(address) {
      const state = await limiter.get(address);
      if (!state || state.consumedPoints < failures) return 0;
      return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    },
    async recordFailure(address) {
      await limiter.penalty(address, 1);
    },
  };
}
