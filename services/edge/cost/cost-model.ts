import { getDirective } from '@graphql-tools/utils';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** `@listSize` of one field (IBM cost spec §listSize). */
export interface ListSizeSpec {
  readonly assumedSize: number | undefined;
  readonly slicingArguments: readonly string[];
  readonly sizedFields: readonly string[];
}

/** What the schema's cost directives say about one field; absent when it has none. */
export interface FieldCostSpec {
  readonly weight: number | undefined;
  readonly listSize: ListSizeSpec | undefined;
  readonly argumentWeights: ReadonlyMap<string, number>;
}

/** The `@cost` / `@listSize` annotations of one schema, read once. */
export interface CostModel {
  field(typeName: string, fieldName: string): FieldCostSpec | undefined;
  typeWeight(typeName: string): number | undefined;
  inputFieldWeight(typeName: string, fieldName: string): number | undefined;
  /** False when no argument or input field carries `@cost`: arguments need no walk. */
  readonly weighsInputs: boolean;
}

const MODELS = new WeakMap<GraphQLSchema, CostModel>();

/**
 * The cost model of a schema, compiled on first use and kept for the schema's lifetime (a
 * WeakMap): directives are read from the schema once, never per request.
 */
export function costModelOf(schema: GraphQLSchema): CostModel {
  let model = MODELS.get(schema);
  if (!model) {
    model = compileCostModel(schema);
    MODELS.set(schema, model);
  }
  return model;
}

function compileCostModel(schema: GraphQLSchema): CostModel {
  const fields = new Map<string, FieldCostSpec>();
  const types = new Map<string, number>();
  const inputFields = new Map<string, number>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    // Interfaces and unions are no @cost location (IBM spec): their members carry weights.
    const typeWeight =
      isObjectType(type) || isScalarType(type) || isEnumType(type)
        ? costWeight(schema, type)
        : undefined;
    if (typeWeight !== undefined) types.set(type.name, typeWeight);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const spec = fieldSpec(schema, field);
        if (spec) fields.set(`${type.name}.${field.name}`, spec);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const weight = costWeight(schema, field);
        if (weight !== undefined) inputFields.set(`${type.name}.${field.name}`, weight);
      }
    }
  }
  const weighsArguments = [...fields.values()].some((f) => f.argumentWeights.size > 0);
  return {
    field: (typeName, fieldName) => fields.get(`${typeName}.${fieldName}`),
    typeWeight: (typeName) => types.get(typeName),
    inputFieldWeight: (typeName, fieldName) => inputFields.get(`${typeName}.${fieldName}`),
    weighsInputs: weighsArguments || inputFields.size > 0,
  };
}

function fieldSpec(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
): FieldCostSpec | undefined {
  const argumentWeights = new Map<string, number>();
  for (const arg of field.args) {
    const weight = costWeight(schema, arg);
    if (weight !== undefined) argumentWeights.set(arg.name, weight);
  }
  const weight = costWeight(schema, field);
  const listSize = listSizeOf(schema, field);
  if (weight === undefined && listSize === undefined && argumentWeights.size === 0) {
    return undefined;
  }
  return { weight, listSize, argumentWeights };
}

type Annotated =
  GraphQLNamedType | GraphQLField<unknown, unknown> | GraphQLArgument | GraphQLInputField;

function costWeight(schema: GraphQLSchema, node: Annotated): number | undefined {
  const weight: unknown = getDirective(schema, node, 'cost')?.[0]?.weight;
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : undefined;
}

function listSizeOf(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
): ListSizeSpec | undefined {
  const args = getDirective(schema, field, 'listSize')?.[0];
  if (!args) return undefined;
  const assumedSize: unknown = args.assumedSize;
  return {
    assumedSize: typeof assumedSize === 'number' ? assumedSize : undefined,
    slicingArguments: strings(args.slicingArguments),
    sizedFields: strings(args.sizedFields),
  };
}

function strings(value: unknown): readonly string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
