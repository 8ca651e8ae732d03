import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot, readSchemaFiles } from '../shared';
import { webResolvers } from './resolvers';

/** Reads schemas/web/*.graphql (schema-first) and binds the resolver slices. Done once at start. */
export function createWebSchema(schemaDir = join(projectRoot(), 'schemas', 'web')): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readSchemaFiles(schemaDir), resolvers: webResolvers });
}
