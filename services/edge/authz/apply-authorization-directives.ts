import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { AppError } from '../../shared';
import type { Principal } from '../principal';
import { fieldRequirement } from './field-requirement';
import { isAuthorized } from './is-authorized';

/**
 * Enforces `@authenticated` and `@requiresScopes` by wrapping the resolver of every protected
 * field (mapSchema, so the given schema is left as it is). The check runs before the original
 * resolver, so a denied field never reaches a loader or backend; it resolves to null with a
 * FORBIDDEN error at its path and the rest of the response is served (HTTP 200), as Apollo
 * Router's filter mode does. A non-null protected field nulls its parent, per GraphQL's null
 * propagation: protect nullable fields. Requirements are read once, here, not per request.
 */
export function applyAuthorizationDirectives<TContext>(
  schema: GraphQLSchema,
  principalOf: (context: TContext) => Principal | undefined,
): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const requirement = fieldRequirement(schema, typeName, fieldName);
      if (!requirement) return fieldConfig;
      const resolve: GraphQLFieldResolver<unknown, TContext> =
        fieldConfig.resolve ?? defaultFieldResolver;
      const guarded: GraphQLFieldResolver<unknown, TContext> = (source, args, context, info) => {
        if (!isAuthorized(requirement, principalOf(context))) throw new AppError('FORBIDDEN');
        return resolve(source, args, context, info);
      };
      return { ...fieldConfig, resolve: guarded };
    },
  });
}
