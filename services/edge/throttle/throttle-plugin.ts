import type { ApolloServerPlugin } from '@apollo/server';
import { estimateOperationCost } from '../cost/estimate-operation-cost';
import { requestError } from '../errors/request-error';
import type { Principal } from '../principal';
import { rateLimitHeaders } from './rate-limit-headers';
import type { RateLimiter } from './rate-limiter';
import { throttleKey } from './throttle-key';

export interface ThrottlePluginOptions<TContext> {
  rateLimiter: RateLimiter;
  /** The verified principal of a request, found from its context value. */
  principalOf(contextValue: TContext): Principal | undefined;
  /** The client's address, keying anonymous callers (`ip:<address>`). Default: none, so an anonymous request is refused. */
  clientAddressOf?(contextValue: TContext): string | undefined;
  /** Told each operation's cost as it is charged (access log, metrics). Default: none. */
  observeCost?(contextValue: TContext, cost: number): void;
}

/**
 * Charges each operation its estimated cost (at least 1: an all-scalar query is cheap, not
 * free) against the caller's budget under the caller's plan, after it is parsed, validated,
 * resolved and has passed the query limits, and before any resolver runs
 * (`didResolveOperation`). Aliases and lists are paid for, so the budget counts work, not
 * HTTP requests.
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
          const key = throttleKey(principal, options.clientAddressOf?.(contextValue));
          if (!key) throw requestError('UNAUTHENTICATED');
          const cost = Math.max(
            1,
            estimateOperationCost(schema, document, request.variables, request.operationName),
          );
          options.observeCost?.(contextValue, cost);
          const decision = await rateLimiter.consume(key, cost, principal?.plan);
          const headers = rateLimitHeaders(decision);
          if (!decision.allowed) throw requestError('RATE_LIMITED', headers);
          for (const [name, value] of headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}
