import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createUnverifiedJwtAuthenticator } from '../auth/unverified-jwt-authenticator';
import { applyAuthorizationDirectives } from '../authz/apply-authorization-directives';
import {
  createAuthFailureThrottle,
  type AuthFailureThrottle,
} from '../client-address/auth-failure-throttle';
import { createQueryLimitsPlugin } from '../limits/query-limits-plugin';
import type { Authenticator } from '../principal';
import type { LoadSheddingOptions } from '../shedding/load-shedding';
import { createThrottlePlugin } from '../throttle/throttle-plugin';
import { clientAddressOf, principalOf } from './context-principal';
import type { GraphQLServerOptions } from './graphql-server-options';

/** The parts of the perimeter that `protections` switches, as createGraphQLServer uses them. */
export interface PerimeterProtections<TContext extends object> {
  /** With @authenticated / @requiresScopes enforced, or the BFF's schema as given. */
  readonly schema: GraphQLSchema;
  /** Query limits, then the throttle (limits first: a rejected operation is never charged). */
  readonly plugins: ApolloServerPlugin<TContext>[];
  readonly authenticator: Authenticator;
  readonly authFailures: AuthFailureThrottle | undefined;
  /** Undefined: no 503s (requests are still counted in flight, for the drain). */
  readonly loadShedding: LoadSheddingOptions | undefined;
}

/**
 * Every protection in one place, so 'off' is one switch here and not a condition scattered
 * through the server. 'on' (the default) is the perimeter as configured. 'off' (BENCHMARK
 * ONLY, `npm run bench:protections`) keeps what is needed to serve a request at all (HTTP
 * guards: method, content type, body size and shape, header size, timeouts; the parser's
 * token limit; CSRF prevention; error masking; request scope; access log and metrics) and
 * removes: query limits and cost ceiling, the cost-charged throttle and its RateLimit headers,
 * load shedding, the auth-failure throttle, the authorization directives, and JWT
 * verification (the `sub` is read unverified).
 */
export function perimeterProtections<TContext extends object>(
  options: GraphQLServerOptions<TContext>,
  observeCost: (contextValue: TContext, cost: number) => void,
): PerimeterProtections<TContext> {
  if (options.protections === 'off') {
    return {
      schema: options.schema,
      plugins: [],
      authenticator: createUnverifiedJwtAuthenticator(),
      authFailures: undefined,
      loadShedding: undefined,
    };
  }
  return {
    // @authenticated / @requiresScopes: fields a principal may not read resolve to FORBIDDEN.
    schema: applyAuthorizationDirectives(options.schema, principalOf),
    plugins: [
      ...(options.queryLimits ? [createQueryLimitsPlugin<TContext>(options.queryLimits)] : []),
      createThrottlePlugin<TContext>({
        rateLimiter: options.rateLimiter,
        principalOf,
        clientAddressOf,
        observeCost,
      }),
    ],
    authenticator: options.authenticator,
    authFailures:
      options.authFailureLimit === false
        ? undefined
        : createAuthFailureThrottle(options.authFailureLimit),
    loadShedding: options.loadShedding,
  };
}
