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
  createCompiledExecutor,
  type CompiledExecutorOptions,
  type ExecutionRequest,
} from './execution/compiled-executor';
export { readExecutionConfig } from './config/read-execution-config';
export { createSelectionParts } from './execution/selection-parts';
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
export {
  createAdminServer,
  type AdminServerOptions,
  type MetricsSource,
  type Readiness,
} from './admin/admin-server';
export { EDGE_DEFAULTS, type ClientName, type EdgeDefaults } from './config/edge-defaults';
export { readEdgeConfig, type EdgeConfig, type RuntimeMode } from './config/read-edge-config';
export { readJwtConfig, type JwtConfig } from './config/read-jwt-config';
export { createConfiguredJwtAuthenticator } from './config/create-configured-jwt-authenticator';
export { type JwtPolicyConfig } from './config/read-jwt-config';
export {
  createApiKeyAuthenticator,
  API_KEY_HEADER,
  type ApiKeyAuthenticatorOptions,
} from './api-keys/api-key-authenticator';
export { checkApiKeyRecords, type ApiKeyRecord } from './api-keys/api-key-record';
export { hashApiKey } from './api-keys/hash-api-key';
export { ensureDevApiKey, type DevApiKey } from './api-keys/dev-api-key';
export { readApiKeysConfig, type ApiKeysConfig } from './config/read-api-keys-config';
export { createConfiguredApiKeyAuthenticator } from './config/create-configured-api-key-authenticator';
export { readHttpConfig, type HttpConfig } from './config/read-http-config';
export { createLifecycle, type Lifecycle } from './lifecycle/lifecycle';
export type { PersistedOperationsOptions } from './persisted/persisted-request';
export type { LoadSheddingOptions } from './shedding/load-shedding';
export type { AuthFailureLimitOptions } from './client-address/auth-failure-throttle';
export type { CorsOptions } from './http/cors';
export type { StaticRoute } from './http/static-routes';
export { type RatePlan, type RatePlans } from './throttle/rate-plans';
export { createQueryLimitsPlugin } from './limits/query-limits-plugin';
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from './limits/query-limits';
export { readQueryLimits, QUERY_LIMIT_DEFAULTS } from './config/read-limits-config';
export { readRateLimitConfig, type RateLimitConfig } from './config/read-rate-limit-config';
export { COST_DIRECTIVES_SDL } from './cost/cost-directives-sdl';
export { applyAuthorizationDirectives } from './authz/apply-authorization-directives';
export { AUTHORIZATION_DIRECTIVES_SDL } from './authz/authorization-directives-sdl';
export type { ExplorerOptions } from './explorer/explorer-options';
export { devTokenHeaders } from './explorer/dev-token-headers';
export { devExplorer, startBffProcess, type BffProcessOptions } from './runtime/start-bff-process';
export {
  startBffRuntime,
  type BffRuntime,
  type BffRuntimeOptions,
} from './runtime/start-bff-runtime';
export {
  runClustered,
  type ClusteredService,
  type RunClusteredOptions,
  type RunningService,
} from './runtime/cluster/run-clustered';
export { clusterRole, type ClusterRole } from './runtime/cluster/cluster-role';
export { DEFAULT_RESTART_POLICY, type RestartPolicy } from './runtime/cluster/restart-policy';
