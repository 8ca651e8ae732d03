import {
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromAST,
  type ArgumentNode,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { CostModel, FieldCostSpec } from './cost-model';

// Input values nest only as deep as their types allow, but a recursive input type (a filter
// with `and: [Filter]`) fed from variables could nest until the stack overflows.
const MAX_INPUT_DEPTH = 32;

/**
 * Cost of a field's arguments (IBM cost spec): each given argument's `@cost` weight plus the
 * weights of the input-object fields present in its value. Zero when the schema weighs no
 * inputs, so an unannotated schema pays no walk.
 */
export function argumentsCost(
  model: CostModel,
  definition: GraphQLField<unknown, unknown>,
  spec: FieldCostSpec | undefined,
  args: readonly ArgumentNode[],
  variables: Readonly<Record<string, unknown>>,
): number {
  if (!model.weighsInputs) return 0;
  let cost = 0;
  for (const node of args) {
    const arg = definition.args.find((a) => a.name === node.name.value);
    if (!arg) continue;
    cost += spec?.argumentWeights.get(arg.name) ?? 0;
    cost += inputCost(model, arg.type, valueFromAST(node.value, arg.type, variables), 0);
  }
  return cost;
}

function inputCost(
  model: CostModel,
  type: GraphQLInputType,
  value: unknown,
  depth: number,
): number {
  if (depth > MAX_INPUT_DEPTH || value === null || typeof value !== 'object') return 0;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    return items.reduce<number>(
      (sum, item) => sum + inputCost(model, nullable.ofType, item, depth + 1),
      0,
    );
  }
  if (!isInputObjectType(nullable)) return 0;
  const fields = nullable.getFields();
  let cost = 0;
  for (const [key, fieldValue] of Object.entries(value)) {
    const field = fields[key];
    if (!field) continue;
    cost += model.inputFieldWeight(nullable.name, key) ?? 0;
    cost += inputCost(model, field.type, fieldValue, depth + 1);
  }
  return cost;
}
