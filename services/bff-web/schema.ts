import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../shared';
import { webResolvers } from './resolvers';

/** Reads schemas/web/*.graphql (schema-first) and binds the resolver slices. Done once at start. */
export function createWebSchema(schemaDir = join(projectRoot(), 'schemas', 'web')): GraphQLSchema {
  const typeDefs = readdirSync(schemaDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(schemaDir, file), 'utf8'));
  return makeExecutableSchema({ typeDefs, resolvers: webResolvers });
}
