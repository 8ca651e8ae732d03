/** The three client types frontdoor serves, one BFF process each. */
export type ClientName = 'web' | 'mobile' | 'partner';

export interface EdgeDefaults {
  readonly port: number;
  readonly adminPort: number;
  readonly requestDeadlineMs: number;
  readonly upstreamTimeoutMs: number;
  readonly bodyLimitBytes: number;
  readonly maxTokens: number;
  readonly rateLimitPoints: number;
  readonly rateLimitWindowSec: number;
}

/**
 * Per-client defaults, from the gateways operators already trust (see shared reference:
 * Apollo Router, graphql-armor, Envoy). Every value can be overridden from the environment.
 * Partner is strictest: third parties get smaller bodies and documents than our own apps.
 */
export const EDGE_DEFAULTS: Readonly<Record<ClientName, EdgeDefaults>> = Object.freeze({
  web: {
    port: 4000,
    adminPort: 9400,
    requestDeadlineMs: 10_000,
    upstreamTimeoutMs: 2000,
    bodyLimitBytes: 1024 * 1024,
    maxTokens: 2000,
    rateLimitPoints: 60_000,
    rateLimitWindowSec: 60,
  },
  mobile: {
    port: 4001,
    adminPort: 9401,
    requestDeadlineMs: 8000,
    upstreamTimeoutMs: 2000,
    bodyLimitBytes: 256 * 1024,
    maxTokens: 2000,
    rateLimitPoints: 60_000,
    rateLimitWindowSec: 60,
  },
  partner: {
    port: 4002,
    adminPort: 9402,
    requestDeadlineMs: 15_000,
    upstreamTimeoutMs: 3000,
    bodyLimitBytes: 512 * 1024,
    maxTokens: 1000,
    rateLimitPoints: 30_000,
    rateLimitWindowSec: 60,
  },
});
