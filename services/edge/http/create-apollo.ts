import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type pino from 'pino';
import { catalogueStatusPlugin } from '../errors/catalogue-status-plugin';
import { degradedExtensionPlugin } from '../errors/degraded-extension-plugin';
import { createErrorFormatter } from '../errors/error-formatter';
import {
  createCompiledExecutor,
  type CompiledExecutorOptions,
} from '../execution/compiled-executor';
import { createLocalGateway } from '../execution/local-gateway';

export interface ApolloSettings<TContext extends object> {
  schema: GraphQLSchema;
  logger: pino.Logger;
  maxTokens: number;
  introspection: boolean;
  plugins: ApolloServerPlugin<TContext>[];
  /**
   * Persisted-operations mode: a GET that carries a credential header passes CSRF
   * prevention without `apollo-require-preflight` (see PERSISTED_CSRF_HEADERS).
   */
  persistedOnly?: boolean;
  /** graphql-jit for hot documents (default), or false for graphql-js's execute only. */
  compiledExecution?: CompiledExecutorOptions | false;
}

/**
 * Apollo's CSRF prevention lets a request through when it carries a header that a browser
 * cannot send cross-site without a CORS preflight. `authorization` and `x-api-key` are such
 * headers (neither is CORS-safelisted, Fetch standard §2.2.2), and the edge authenticates
 * every request with one of them before Apollo runs; so in persisted mode (fixed documents,
 * mutations over GET still 405) a plain GET, as a CDN or an app's HTTP cache sends it, is
 * served without Apollo's extra header.
 */
export const PERSISTED_CSRF_HEADERS = [
  'x-apollo-operation-name',
  'apollo-require-preflight',
  'authorization',
  'x-api-key',
];

/**
 * Apollo Server 5 with every perimeter default set explicitly rather than inherited from
 * NODE_ENV: no stack traces, no landing page, CSRF prevention on, no batching, no APQ
 * (arbitrary clients must not fill our cache; persisted operation lists are resolved by the
 * edge before Apollo runs).
 * `status400ForVariableCoercionErrors` is not passed: it is v5's behaviour and passing it
 * only logs a deprecation warning.
 */
export function createApollo<TContext extends object>(settings: ApolloSettings<TContext>) {
  const { schema, compiledExecution = { compileAfter: 2 } } = settings;
  return new ApolloServer<TContext>({
    ...(compiledExecution
      ? { gateway: createLocalGateway(schema, createCompiledExecutor(schema, compiledExecution)) }
      : { schema }),
    logger: settings.logger,
    formatError: createErrorFormatter({ logger: settings.logger }),
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    csrfPrevention: settings.persistedOnly ? { requestHeaders: PERSISTED_CSRF_HEADERS } : true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    // graphql-js stops the lexer after maxTokens: a 400 before the document is built.
    parseOptions: { maxTokens: settings.maxTokens },
    hideSchemaDetailsFromClientErrors: true,
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No schema sets cache hints; Apollo's default cache-control plugin would still wrap every
      // field resolution (measured: ~30% of the bytes allocated per OrderHistory).
      ApolloServerPluginCacheControlDisabled(),
      catalogueStatusPlugin<TContext>(),
      degradedExtensionPlugin<TContext>(),
      ...settings.plugins,
    ],
  });
}
