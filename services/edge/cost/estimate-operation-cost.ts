import {
  getNamedType,
  getOperationAST,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { costModelOf, type CostModel } from './cost-model';
import { fragmentsOf } from './fragments-of';
import { argumentsCost } from './input-cost';
import { fieldSizes, type Sizing } from './list-size';

export { DEFAULT_LIST_SIZE } from './list-size';

/** Base cost of an operation type: a mutation writes, so it starts at 10 (Apollo Router's default). */
const OPERATION_BASE_COST = { query: 0, mutation: 10, subscription: 0 } as const;

interface Walk {
  readonly schema: GraphQLSchema;
  readonly model: CostModel;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  /** Each fragment is costed once per sizing: repeated spreads cannot make the walk exponential. */
  readonly memo: Map<string, number>;
  readVariables: boolean;
}

// Costs that do not depend on variables, per schema and operation (the operation node belongs
// to the DocumentNode that Apollo's document store hands back for a repeated query).
const STATIC_COSTS = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, number>>();

/**
 * Static cost of an operation, in the IBM GraphQL Cost Directives model that Apollo Router and
 * Hive share: a field returning an object costs 1, a scalar or enum 0, unless `@cost` on the
 * field or its type says otherwise; a list multiplies its subtree by its size (`@listSize`, or
 * the `first`/`last`/`limit`/`pageSize` argument, or DEFAULT_LIST_SIZE); argument and input
 * field weights are added; a mutation starts at 10. Fragments are expanded and every branch of
 * an abstract type is counted: an upper bound. The schema's directives are compiled once per
 * schema; a cost that reads no variable is cached per operation node.
 */
export function estimateOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
  operationName?: string | null,
): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return 0;
  let cache = STATIC_COSTS.get(schema);
  const cached = cache?.get(operation);
  if (cached !== undefined) return cached;
  const walk: Walk = {
    schema,
    model: costModelOf(schema),
    fragments: fragmentsOf(document),
    variables,
    memo: new Map(),
    readVariables: false,
  };
  const root = schema.getRootType(operation.operation) ?? undefined;
  const cost =
    OPERATION_BASE_COST[operation.operation] + selectionCost(operation.selectionSet, root, walk);
  if (!walk.readVariables) {
    if (!cache) STATIC_COSTS.set(schema, (cache = new WeakMap()));
    cache.set(operation, cost);
  }
  return cost;
}

function selectionCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  walk: Walk,
  sizing?: Sizing,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(selection, parent, walk, sizing);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = compositeType(walk, selection.typeCondition?.name.value) ?? parent;
      cost += selectionCost(selection.selectionSet, type, walk, sizing);
    } else cost += spreadCost(selection.name.value, walk, sizing);
  }
  return cost;
}

function spreadCost(name: string, walk: Walk, sizing: Sizing | undefined): number {
  const key = sizing ? `${name}|${[...sizing.fields].join(',')}|${sizing.size}` : name;
  const known = walk.memo.get(key);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  // A cycle (rejected by validation anyway) costs 0 where it closes.
  walk.memo.set(key, 0);
  const type = fragment ? compositeType(walk, fragment.typeCondition.name.value) : undefined;
  const cost = fragment ? selectionCost(fragment.selectionSet, type, walk, sizing) : 0;
  walk.memo.set(key, cost);
  return cost;
}

function fieldCost(
  node: FieldNode,
  parent: GraphQLCompositeType | undefined,
  walk: Walk,
  sizing: Sizing | undefined,
): number {
  const name = node.name.value;
  const definition = parent && 'getFields' in parent ? parent.getFields()[name] : undefined;
  // __typename and introspection fields: an object costs 1, a scalar nothing.
  if (!parent || !definition) {
    return node.selectionSet ? 1 + selectionCost(node.selectionSet, undefined, walk) : 0;
  }
  const named = getNamedType(definition.type);
  const spec = walk.model.field(parent.name, name);
  const weight =
    spec?.weight ?? walk.model.typeWeight(named.name) ?? (isCompositeType(named) ? 1 : 0);
  const read = (variable: string): unknown => {
    walk.readVariables = true;
    return walk.variables[variable];
  };
  const { size, childSizing } = fieldSizes(definition, spec?.listSize, node, read, sizing);
  const child = isCompositeType(named) ? named : undefined;
  const children = node.selectionSet
    ? selectionCost(node.selectionSet, child, walk, childSizing)
    : 0;
  if (walk.model.weighsInputs && node.arguments?.length) walk.readVariables = true;
  const args = argumentsCost(walk.model, definition, spec, node.arguments ?? [], walk.variables);
  return args + size * (weight + children);
}

function compositeType(walk: Walk, name: string | undefined): GraphQLCompositeType | undefined {
  const type = name ? walk.schema.getType(name) : undefined;
  return type && isCompositeType(type) ? type : undefined;
}
