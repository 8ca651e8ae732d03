import type { Principal } from '../principal';

export interface VerifiedTokenCacheOptions {
  /** Most tokens kept; past it the least recently used is dropped. Default: 1000. */
  maxEntries?: number;
  /**
   * Longest a verified token is trusted without checking its signature again, so a key
   * withdrawn from the JWKS stops working within this time. Default: 60 s.
   */
  maxAgeSec?: number;
}

/** Principals of tokens that passed verification, keyed by the exact token string. */
export interface VerifiedTokenCache {
  /** The principal of `token` if it was verified and its entry is still valid at `nowMs`. */
  get(token: string, nowMs: number): Principal | undefined;
  /** Remembers a token that has just passed every check, until min(exp, now + maxAgeSec). */
  remember(token: string, principal: Principal, expSec: number, nowMs: number): void;
}

/**
 * An LRU of verified tokens, as fast-jwt's verifier keeps one: RS256 verification is most of
 * what the edge spends on a request (measured by `npm run bench:protections`), and a client
 * sends the same access token for its whole lifetime. Only successes are kept (failures are
 * counted by the auth-failure throttle instead), and an entry never outlives the token's
 * `exp` (no clock tolerance: past `exp` the token is verified again, tolerance and all),
 * so an expired token is never served from here.
 */
export function createVerifiedTokenCache(
  options: VerifiedTokenCacheOptions = {},
): VerifiedTokenCache {
  const maxEntries = options.maxEntries ?? 1000;
  const maxAgeMs = (options.maxAgeSec ?? 60) * 1000;
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently
  // used entry first, where eviction takes it.
  const entries = new Map<string, { principal: Principal; untilMs: number }>();
  return {
    get(token, nowMs) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      entries.delete(token);
      if (nowMs >= entry.untilMs) return undefined;
      entries.set(token, entry);
      return entry.principal;
    },
    remember(token, principal, expSec, nowMs) {
      const untilMs = Math.min(expSec * 1000, nowMs + maxAgeMs);
      if (!(untilMs > nowMs) || maxEntries < 1) return;
      entries.delete(token);
      // Shared by every request that presents the token: nobody may change it.
      entries.set(token, { principal: Object.freeze({ ...principal }), untilMs });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
}
