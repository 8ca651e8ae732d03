import {
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** List size assumed when a list field has no page-size argument. */
export const DEFAULT_LIST_SIZE = 10;
const PAGE_SIZE_ARGUMENTS = new Set(['first', 'last', 'limit', 'pageSize']);

interface Walk {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Readonly<Record<string, unknown>>;
  /** Fragments on the current path: a cycle (rejected by validation anyway) stops here. */
  path: Set<string>;
}

/**
 * First-cut static cost, following the IBM GraphQL Cost Directives defaults that Apollo Router
 * and Hive use: a field returning an object costs 1, a scalar or enum field costs 0 (it comes
 * with its parent's fetch), fragments are expanded (every branch of an abstract type counted:
 * an upper bound), and a list field's subtree is multiplied by its
 * `first`/`last`/`limit`/`pageSize` argument (literal or variable; DEFAULT_LIST_SIZE when
 * absent). Issue "Edge" later replaces the guesses with `@cost` / `@listSize` directives
 * (IBM GraphQL Cost Directives spec, as Apollo Router and Hive do).
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  const rootType = schema.getRootType(operation.operation);
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return selectionCost(operation.selectionSet, rootType ?? undefined, {
    schema,
    fragments,
    variables,
    path: new Set(),
  });
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  walk: Walk,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent, walk);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      cost += selectionCost(selection.selectionSet, compositeType(walk, typeName) ?? parent, walk);
    } else {
      cost += spreadCost(selection.name.value, walk);
    }
  }
  return cost;
}

function spreadCost(name: string, walk: Walk): number {
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.path.has(name)) return 0;
  walk.path.add(name);
  const type = compositeType(walk, fragment.typeCondition.name.value);
  const cost = selectionCost(fragment.selectionSet, type, walk);
  walk.path.delete(name);
  return cost;
}

function fieldCost(field: FieldNode, parent: GraphQLCompositeType | undefined, walk: Walk): number {
  if (!field.selectionSet) return 0;
  const definition =
    parent && 'getFields' in parent ? parent.getFields()[field.name.value] : undefined;
  const named = definition ? getNamedType(definition.type) : undefined;
  const child = named && isCompositeType(named) ? named : undefined;
  const isList = definition ? isListType(getNullableType(definition.type)) : false;
  const multiplier = isList ? listSize(field.arguments ?? [], walk.variables) : 1;
  return multiplier * (1 + selectionCost(field.selectionSet, child, walk));
}

function listSize(args: readonly ArgumentNode[], variables: Readonly<Record<string, unknown>>) {
  const arg = args.find((a) => PAGE_SIZE_ARGUMENTS.has(a.name.value));
  const value =
    arg?.value.kind === Kind.INT
      ? Number(arg.value.value)
      : arg?.value.kind === Kind.VARIABLE
        ? variables[arg.value.name.value]
        : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? Math.ceil(value)
    : DEFAULT_LIST_SIZE;
}

function compositeType(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}
