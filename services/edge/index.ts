// The perimeter every BFF shares. BFFs import only from here.
export type { Principal, Authenticator } from './principal';
export { resolveRequestId } from './request-id';
export { createJwtAuthenticator, type JwtAuthenticatorOptions } from './auth/jwt-authenticator';
export { ensureDevKeyPair, type DevKeyPair } from './auth/dev-keys';
export { signAccessToken, type SignAccessTokenOptions } from './auth/sign-access-token';
export { jwkThumbprint } from './auth/jwk-thumbprint';
export {
  createRateLimiter,
  type RateDecision,
  type RateLimiter,
  type RateLimiterOptions,
} from './throttle/rate-limiter';
export { estimateOperationCost, DEFAULT_LIST_SIZE } from './cost/estimate-operation-cost';
export {
  createErrorFormatter,
  type ErrorFormatterOptions,
  type FormatError,
} from './errors/error-formatter';
export {
  createGraphQLServer,
  type EdgeServer,
  type GraphQLServerOptions,
} from './http/graphql-server';
export type { ContextInput } from './http/graphql-handler';
export type { ListenOptions, ListeningAddress } from './http/listen';
export { createAdminServer, type AdminServerOptions, type Readiness } from './admin/admin-server';
export { EDGE_DEFAULTS, type ClientName, type EdgeDefaults } from './config/edge-defaults';
export { readEdgeConfig, type EdgeConfig, type RuntimeMode } from './config/read-edge-config';
export { readJwtConfig, type JwtConfig } from './config/read-jwt-config';
export { createConfiguredJwtAuthenticator } from './config/create-configured-jwt-authenticator';
