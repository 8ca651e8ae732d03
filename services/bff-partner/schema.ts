import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { catalogResolvers } from './resolvers/catalog';

/** Where v1 lives: source/*.graphql is what is served; schema.graphql is the released contract. */
export const PARTNER_V1_DIR = join(projectRoot(), 'schemas', 'partner', 'v1');
export const PARTNER_V1_RELEASED = join(PARTNER_V1_DIR, 'schema.graphql');

export function createPartnerSchema(sourceDir = join(PARTNER_V1_DIR, 'source')): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(sourceDir)],
    resolvers: [catalogResolvers],
  });
}
