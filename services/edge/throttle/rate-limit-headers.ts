import type { RateDecision } from './rate-limiter';

/**
 * IETF draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy` names the quota (q, in cost
 * units) and window (w, seconds); `RateLimit` gives what remains (r) and when it resets (t).
 * On a rejection `Retry-After` (RFC 9110 §10.2.3) is never earlier than t.
 */
export function rateLimitHeaders(
  decision: RateDecision,
  durationSec: number,
): Array<[string, string]> {
  const headers: Array<[string, string]> = [
    ['ratelimit-policy', `"default";q=${decision.limit};w=${durationSec}`],
    ['ratelimit', `"default";r=${decision.remaining};t=${decision.resetSec}`],
  ];
  if (!decision.allowed) headers.push(['retry-after', String(Math.max(1, decision.resetSec))]);
  return headers;
}
