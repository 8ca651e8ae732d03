import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { webResolvers } from './resolvers';

/** Reads schemas/web/*.graphql (schema-first) and binds the resolver slices. Done once at start. */
export function createWebSchema(schemaDir = join(projectRoot(), 'schemas', 'web')): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(schemaDir)],
    resolvers: webResolvers,
  });
}
