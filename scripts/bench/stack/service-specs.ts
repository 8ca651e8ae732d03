import type { BffAuth } from './production-env';

/** The processes a scenario can load: BFFs, the naive BFF and the floor. */
export type ServiceId = 'web' | 'web-naive' | 'web-unprotected' | 'floor' | 'mobile' | 'partner';

export interface ServiceSpec {
  readonly id: ServiceId;
  /** A BFF has an admin listener (/readyz, /metrics); the floor has /healthz and /calls. */
  readonly kind: 'bff' | 'floor';
  /** Source that must exist to run it: BFFs written in parallel join once they do. */
  readonly source: string;
  /** Compiled entry, relative to dist/. */
  readonly entry: string;
  /** Path of the endpoint the load goes to. */
  readonly path: string;
  /** Added to the common environment (see start-service.ts). */
  readonly env: Readonly<Record<string, string>>;
  /** How a BFF authenticates callers, for its production configuration. */
  readonly auth?: BffAuth;
}

export const SERVICE_SPECS: Readonly<Record<ServiceId, ServiceSpec>> = {
  web: {
    id: 'web',
    kind: 'bff',
    auth: 'web-jwt',
    source: 'services/bff-web/main.ts',
    entry: 'services/bff-web/main.js',
    path: '/graphql',
    env: {},
  },
  // The same BFF with DataLoader batching off: what batching buys.
  'web-naive': {
    id: 'web-naive',
    kind: 'bff',
    auth: 'web-jwt',
    source: 'services/bff-web/main.ts',
    entry: 'services/bff-web/main.js',
    path: '/graphql',
    env: { DATALOADER_BATCH: 'false' },
  },
  // BENCHMARK ONLY: the same BFF with every protection off and tokens read unverified, for
  // npm run bench:protections (scripts/bench/protections.ts). No scenario of npm run bench uses it.
  'web-unprotected': {
    id: 'web-unprotected',
    kind: 'bff',
    auth: 'web-jwt',
    source: 'scripts/bench/protections/main.ts',
    entry: 'scripts/bench/protections/main.js',
    path: '/graphql',
    env: {},
  },
  // The same backend calls and JSON with no GraphQL: the cost of the work itself.
  floor: {
    id: 'floor',
    kind: 'floor',
    source: 'scripts/bench/floor/main.ts',
    entry: 'scripts/bench/floor/main.js',
    path: '/order-history',
    env: {},
  },
  mobile: {
    id: 'mobile',
    kind: 'bff',
    auth: 'mobile-jwt',
    source: 'services/bff-mobile/main.ts',
    entry: 'services/bff-mobile/main.js',
    path: '/graphql',
    env: {},
  },
  partner: {
    id: 'partner',
    kind: 'bff',
    auth: 'partner-api-key',
    source: 'services/bff-partner/main.ts',
    entry: 'services/bff-partner/main.js',
    // Versioned: the partner contract is /v1 (schemas/partner/v1).
    path: '/v1/graphql',
    env: {},
  },
};
