import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { mobileResolvers } from './resolvers';

export const MOBILE_SCHEMA_DIR = join(projectRoot(), 'schemas', 'mobile');

/** Reads schemas/mobile/*.graphql and binds the resolver slices. Done once at start. */
export function createMobileSchema(schemaDir = MOBILE_SCHEMA_DIR): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(schemaDir)],
    resolvers: mobileResolvers,
  });
}
