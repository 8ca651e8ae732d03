import type { ApolloServerPlugin } from '@apollo/server';
import { estimateOperationCost } from '../cost/estimate-operation-cost';
import { requestError } from '../errors/request-error';
import type { Principal } from '../principal';
import { rateLimitHeaders } from './rate-limit-headers';
import type { RateLimiter } from './rate-limiter';

export interface ThrottlePluginOptions<TContext> {
  rateLimiter: RateLimiter;
  /** The verified principal of a request, found from its context value. */
  principalOf(contextValue: TContext): Principal | undefined;
}

/**
 * Charges each operation its estimated cost against the caller's budget, after it is
 * parsed, validated and resolved and before any resolver runs (`didResolveOperation`).
 * Keyed by principal, not by IP: aliases and lists are paid for, and NAT does not pool users.
 */
export function createThrottlePlugin<TContext extends object>(
  options: ThrottlePluginOptions<TContext>,
): ApolloServerPlugin<TContext> {
  const { rateLimiter } = options;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, schema, document, request, response }) {
          const principal = options.principalOf(contextValue);
          if (!principal) throw requestError('UNAUTHENTICATED');
          // Every operation pays at least 1: an all-scalar query is cheap, not free.
          const cost = Math.max(
            1,
            estimateOperationCost(schema, document, request.variables, request.operationName),
          );
          const decision = await rateLimiter.consume(`${principal.kind}:${principal.id}`, cost);
          const headers = rateLimitHeaders(decision, rateLimiter.policy.durationSec);
          if (!decision.allowed) throw requestError('RATE_LIMITED', headers);
          for (const [name, value] of headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}
