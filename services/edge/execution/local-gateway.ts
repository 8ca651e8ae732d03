import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Executor } from './compiled-executor';

type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];

/**
 * Apollo Server's documented seam for executing somewhere else than graphql-js's `execute`
 * (the one Apollo Gateway uses): a "gateway" that serves a fixed, local schema and hands
 * execution to `executor`. Apollo still parses, validates, caches documents and runs every
 * plugin hook (limits, throttle, error policy) before the executor is called.
 */
export function createLocalGateway(schema: GraphQLSchema, executor: Executor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: (requestContext) =>
          executor({
            document: requestContext.document,
            // What the client asked for, not what Apollo resolved: when the name matches no
            // operation Apollo resolves none, and the executor's errors are what makes its 400.
            operationName: requestContext.request.operationName ?? null,
            variables: requestContext.request.variables,
            contextValue: requestContext.context,
          }),
      };
    },
    async stop() {},
  };
}
