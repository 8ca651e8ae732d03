import {
  getNullableType,
  isInputObjectType,
  isInputType,
  isListType,
  typeFromAST,
  valueFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { LimitProblem } from './limit-problem';
import type { QueryLimits } from './query-limits';
import type { PageSizeVariable } from './scan-arguments';
import { idProblem, pageSizeProblem, stringProblem } from './value-problems';

// Variables are raw JSON here (Apollo coerces them later, during execution). Values nest only
// as deep as their declared types allow, except recursive input types: stop at a depth no
// real operation needs.
const MAX_VALUE_DEPTH = 32;

/**
 * The per-request half of the limits: the values the client sent for the operation's
 * variables, walked by their declared types: every string against the length cap, every ID
 * against the pattern, every variable that feeds a page-size argument against the cap
 * (its default when the client sent none).
 */
export function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  pageSizeVariables: readonly PageSizeVariable[],
  limits: QueryLimits,
): LimitProblem | undefined {
  const types = new Map<string, GraphQLInputType>();
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue;
    types.set(name, type);
    if (!Object.hasOwn(variables, name)) continue;
    const problem = checkValue(type, variables[name], `Variable "$${name}"`, limits, 0);
    if (problem) return problem;
  }
  for (const site of pageSizeVariables) {
    const definition = operation.variableDefinitions?.find(
      (d) => d.variable.name.value === site.variable,
    );
    const type = types.get(site.variable);
    const value: unknown = Object.hasOwn(variables, site.variable)
      ? variables[site.variable]
      : definition?.defaultValue && type && valueFromAST(definition.defaultValue, type);
    if (typeof value !== 'number') continue;
    const where = `Argument "${site.argument}" on field "${site.field}" (variable "$${site.variable}")`;
    const problem = pageSizeProblem(where, value, limits);
    if (problem) return problem;
  }
  return undefined;
}

function checkValue(
  type: GraphQLInputType,
  value: unknown,
  where: string,
  limits: QueryLimits,
  depth: number,
): LimitProblem | undefined {
  if (value === null || value === undefined) return undefined;
  if (depth > MAX_VALUE_DEPTH) {
    return { code: 'BAD_USER_INPUT', message: `${where} nests too deeply.`, details: {} };
  }
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // Input coercion accepts a single item where a list is expected (GraphQL spec §3.11).
    for (const item of Array.isArray(value) ? value : [value]) {
      const problem = checkValue(nullable.ofType, item, where, limits, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return undefined;
    const fields = nullable.getFields();
    for (const [key, fieldValue] of Object.entries(value)) {
      const field = fields[key];
      const problem = field && checkValue(field.type, fieldValue, where, limits, depth + 1);
      if (problem) return problem;
    }
    return undefined;
  }
  if (nullable.name === 'ID' && (typeof value === 'string' || typeof value === 'number')) {
    const problem = idProblem(where, String(value), limits);
    if (problem) return problem;
  }
  return anyStringProblem(value, where, limits);
}

/** Any string inside a leaf value, including custom scalars that carry JSON, iteratively. */
function anyStringProblem(
  value: unknown,
  where: string,
  limits: QueryLimits,
): LimitProblem | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      const problem = stringProblem(where, next, limits);
      if (problem) return problem;
    } else if (typeof next === 'object' && next !== null) {
      for (const item of Object.values(next)) pending.push(item);
    }
  }
  return undefined;
}
