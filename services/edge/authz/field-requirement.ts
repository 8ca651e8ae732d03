import { getDirective } from '@graphql-tools/utils';
import { getNamedType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/** Scope alternatives (OR) of scope sets (AND), as `@requiresScopes` spells them. */
export type ScopeAlternatives = readonly (readonly string[])[];

/** What a principal needs to read one field; every entry of `scopes` must be met. */
export interface FieldRequirement {
  readonly authenticated: boolean;
  readonly scopes: readonly ScopeAlternatives[];
}

/**
 * The requirement of `typeName.fieldName`, gathered from the field, the type it belongs to
 * and the type it returns (Apollo Router applies a type's directives to the fields returning
 * it; applying them to the type's own fields as well also covers a type reached through an
 * unannotated interface). Undefined when nothing protects the field.
 */
export function fieldRequirement(
  schema: GraphQLSchema,
  typeName: string,
  fieldName: string,
): FieldRequirement | undefined {
  const parent = schema.getType(typeName);
  if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
  const field = parent.getFields()[fieldName];
  if (!field) return undefined;
  const sources = [field, parent, getNamedType(field.type)];
  let authenticated = false;
  const scopes: ScopeAlternatives[] = [];
  for (const source of sources) {
    if (getDirective(schema, source, 'authenticated')) authenticated = true;
    const alternatives = scopeAlternatives(getDirective(schema, source, 'requiresScopes')?.[0]);
    if (alternatives) scopes.push(alternatives);
  }
  return authenticated || scopes.length > 0 ? { authenticated, scopes } : undefined;
}

function scopeAlternatives(
  args: Record<string, unknown> | undefined,
): ScopeAlternatives | undefined {
  const value = args?.scopes;
  if (!Array.isArray(value)) return undefined;
  return value.map((inner: unknown) =>
    Array.isArray(inner) ? inner.filter((s): s is string => typeof s === 'string') : [],
  );
}
