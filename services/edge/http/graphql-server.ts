import type { GraphQLSchema } from 'graphql';
import type pino from 'pino';
import type { Registry } from 'prom-client';
import { createEdgeMetrics } from '../metrics/edge-metrics';
import type { Authenticator } from '../principal';
import type { RateLimiter } from '../throttle/rate-limiter';
import { createThrottlePlugin } from '../throttle/throttle-plugin';
import { principalOf } from './context-principal';
import { createApollo } from './create-apollo';
import { createFastifyApp } from './fastify-app';
import { createGraphQLHandler, type ContextInput } from './graphql-handler';
import { contentTypeGuard, methodNotAllowed } from './http-guard';
import { listenOn, type ListenOptions, type ListeningAddress } from './listen';

export interface GraphQLServerOptions<TContext extends object> {
  schema: GraphQLSchema;
  /** Path of the GraphQL endpoint, e.g. '/graphql'. */
  path: string;
  authenticator: Authenticator;
  rateLimiter: RateLimiter;
  /**
   * Builds the BFF's per-request context (loaders etc.) once the caller is identified. It
   * must return an extensible object: the edge tags it with the principal (a symbol key).
   */
  createContext(input: ContextInput): TContext | Promise<TContext>;
  /** 'web' | 'mobile' | 'partner': a label in logs and metrics. */
  client: string;
  /** Whole-request budget. Default: 10000 ms. */
  requestDeadlineMs?: number;
  /** Largest accepted body. Default: 1 MiB. */
  bodyLimitBytes?: number;
  /** graphql-js parser token limit. Default: 2000. */
  maxTokens?: number;
  /** Schema introspection. Default: false. */
  introspection?: boolean;
  logger: pino.Logger;
  /** Where request metrics go. Default: none recorded. */
  metricsRegistry?: Registry;
}

export interface EdgeServer {
  listen(options: ListenOptions): Promise<ListeningAddress>;
  close(): Promise<void>;
}

/**
 * The perimeter of one BFF: HTTP guard → request id → identify → parse/validate → throttle
 * → execute → error policy. A request it rejects never reaches a resolver.
 */
export function createGraphQLServer<TContext extends object>(
  options: GraphQLServerOptions<TContext>,
): EdgeServer {
  const logger = options.logger.child({ client: options.client });
  const apollo = createApollo<TContext>({
    schema: options.schema,
    logger,
    maxTokens: options.maxTokens ?? 2000,
    introspection: options.introspection ?? false,
    plugins: [
      createThrottlePlugin<TContext>({
        rateLimiter: options.rateLimiter,
        principalOf,
      }),
    ],
  });
  const app = createFastifyApp({ logger, bodyLimitBytes: options.bodyLimitBytes });
  const metrics = createEdgeMetrics(options.metricsRegistry);
  app.addHook('onResponse', async (_request, reply) => {
    metrics.observeRequest(
      { client: options.client, status: reply.statusCode },
      reply.elapsedTime / 1000,
    );
  });
  app.route({
    method: ['GET', 'POST'],
    url: options.path,
    onRequest: contentTypeGuard,
    handler: createGraphQLHandler<TContext>({
      apollo,
      authenticator: options.authenticator,
      createContext: options.createContext,
      requestDeadlineMs: options.requestDeadlineMs ?? 10_000,
    }),
  });
  app.route({
    method: ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'],
    url: options.path,
    onRequest: methodNotAllowed,
    handler: methodNotAllowed,
  });

  let started = false;
  return {
    async listen(listenOptions) {
      await apollo.start();
      started = true;
      return listenOn(app, listenOptions, options.path);
    },
    // Stop taking requests and let in-flight ones finish, then stop Apollo (safe if never started).
    async close() {
      await app.close();
      if (started) await apollo.stop();
    },
  };
}
