import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { mobileResolvers } from './resolvers';

export const MOBILE_SCHEMA_DIR = join(projectRoot(), 'schemas', 'mobile');

/**
 * The SDL the mobile BFF serves: the edge's directive definitions, then schemas/mobile/*.graphql
 * (operations/ holds the app's documents, not schema). Shared by the server and `npm run codegen`.
 */
export function mobileTypeDefs(schemaDir = MOBILE_SCHEMA_DIR): string[] {
  return [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(schemaDir)];
}

/** Reads the SDL and binds the resolver slices. Done once at start. */
export function createMobileSchema(schemaDir = MOBILE_SCHEMA_DIR): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: mobileTypeDefs(schemaDir), resolvers: mobileResolvers });
}
