import type { RateDecision } from './rate-limiter';

/**
 * IETF draft-ietf-httpapi-ratelimit-headers: `RateLimit-Policy` names the quota (q, in cost
 * units) and window (w, seconds) of the caller's plan; `RateLimit` gives what remains (r) and
 * when it resets (t) under the same policy name. On a rejection `Retry-After` (RFC 9110
 * §10.2.3) is never earlier than t. Plan names are validated tokens, safe as sf-strings.
 */
export function rateLimitHeaders(decision: RateDecision): Array<[string, string]> {
  const name = `"${decision.plan}"`;
  const headers: Array<[string, string]> = [
    ['ratelimit-policy', `${name};q=${decision.limit};w=${decision.windowSec}`],
    ['ratelimit', `${name};r=${decision.remaining};t=${decision.resetSec}`],
  ];
  if (!decision.allowed) headers.push(['retry-after', String(Math.max(1, decision.resetSec))]);
  return headers;
}
