import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { webResolvers } from './resolvers';

export const WEB_SCHEMA_DIR = join(projectRoot(), 'schemas', 'web');

/**
 * The SDL the web BFF serves: the edge's directive definitions, then schemas/web/*.graphql.
 * The one list both the server and `npm run codegen` read, so generated types cannot describe
 * another schema than the one served.
 */
export function webTypeDefs(schemaDir = WEB_SCHEMA_DIR): string[] {
  return [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(schemaDir)];
}

/** Reads the SDL (schema-first) and binds the resolver slices. Done once at start. */
export function createWebSchema(schemaDir = WEB_SCHEMA_DIR): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: webTypeDefs(schemaDir), resolvers: webResolvers });
}
