import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type pino from 'pino';
import { createErrorFormatter } from '../errors/error-formatter';

export interface ApolloSettings<TContext extends object> {
  schema: GraphQLSchema;
  logger: pino.Logger;
  maxTokens: number;
  introspection: boolean;
  plugins: ApolloServerPlugin<TContext>[];
}

/**
 * Apollo Server 5 with every perimeter default set explicitly rather than inherited from
 * NODE_ENV: no stack traces, no landing page, CSRF prevention on, no batching, no APQ
 * (arbitrary clients must not fill our cache; persisted operation lists come later).
 * `status400ForVariableCoercionErrors` is not passed: it is v5's behaviour and passing it
 * only logs a deprecation warning.
 */
export function createApollo<TContext extends object>(settings: ApolloSettings<TContext>) {
  return new ApolloServer<TContext>({
    schema: settings.schema,
    logger: settings.logger,
    formatError: createErrorFormatter({ logger: settings.logger }),
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    persistedQueries: false,
    // graphql-js stops the lexer after maxTokens: a 400 before the document is built.
    parseOptions: { maxTokens: settings.maxTokens },
    hideSchemaDetailsFromClientErrors: true,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...settings.plugins],
  });
}
