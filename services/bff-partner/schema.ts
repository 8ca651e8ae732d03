import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { AUTHORIZATION_DIRECTIVES_SDL, COST_DIRECTIVES_SDL } from '../edge';
import { projectRoot, readSchemaFiles } from '../shared';
import { partnerResolvers } from './resolvers';

/** Where v1 lives: source/*.graphql is what is served; schema.graphql is the released contract. */
export const PARTNER_V1_DIR = join(projectRoot(), 'schemas', 'partner', 'v1');
export const PARTNER_V1_RELEASED = join(PARTNER_V1_DIR, 'schema.graphql');
export const PARTNER_V1_SOURCE = join(PARTNER_V1_DIR, 'source');

/**
 * The SDL the partner BFF serves: the edge's directive definitions, then v1/source/*.graphql.
 * Shared by the server and `npm run codegen`.
 */
export function partnerTypeDefs(sourceDir = PARTNER_V1_SOURCE): string[] {
  return [COST_DIRECTIVES_SDL, AUTHORIZATION_DIRECTIVES_SDL, ...readSchemaFiles(sourceDir)];
}

export function createPartnerSchema(sourceDir = PARTNER_V1_SOURCE): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: partnerTypeDefs(sourceDir),
    resolvers: partnerResolvers,
  });
}
