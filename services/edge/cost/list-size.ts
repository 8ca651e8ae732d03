import { getNullableType, isListType, Kind, type FieldNode, type GraphQLField } from 'graphql';
import type { ListSizeSpec } from './cost-model';

/** List size assumed when neither an argument nor `@listSize` says how long a list is. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Arguments that bound a list's length by convention (Relay `first`/`last`, `limit`,
 * `pageSize`): the page size that OWASP "amount limiting" caps, and the slicing arguments
 * the cost estimate assumes when a field has no `@listSize`.
 */
export const PAGE_SIZE_ARGUMENTS: ReadonlySet<string> = new Set([
  'first',
  'last',
  'limit',
  'pageSize',
]);

/** Child fields of a `@listSize(sizedFields)` parent (a connection's `nodes`), and their size. */
export interface Sizing {
  readonly fields: ReadonlySet<string>;
  readonly size: number;
}

/** Reads a variable's value for the estimate (and notes that the estimate depends on it). */
export type VariableReader = (name: string) => unknown;

/**
 * How many items a list field is assumed to return (IBM cost spec §listSize):
 * 1. the largest slicing argument given in the operation (literal or variable);
 * 2. else the largest schema default of a slicing argument (`orders(first: Int = 20)`);
 * 3. else `assumedSize`, else DEFAULT_LIST_SIZE.
 * Slicing arguments are `@listSize(slicingArguments)` or, without the directive, the
 * conventional page-size arguments. `requireOneSlicingArgument` is not enforced here: the
 * estimate takes the upper bound and the page-size cap rejects oversized pages.
 */
export function listSize(
  definition: GraphQLField<unknown, unknown>,
  spec: ListSizeSpec | undefined,
  node: FieldNode,
  readVariable: VariableReader,
): number {
  const slicing = spec ? new Set(spec.slicingArguments) : PAGE_SIZE_ARGUMENTS;
  const given: number[] = [];
  const defaults: number[] = [];
  for (const arg of definition.args) {
    if (!slicing.has(arg.name)) continue;
    const argNode = node.arguments?.find((a) => a.name.value === arg.name);
    const value: unknown =
      argNode?.value.kind === Kind.INT
        ? Number(argNode.value.value)
        : argNode?.value.kind === Kind.VARIABLE
          ? readVariable(argNode.value.name.value)
          : undefined;
    if (isSize(value)) given.push(value);
    else if (!argNode && isSize(arg.defaultValue)) defaults.push(arg.defaultValue);
  }
  const sizes = given.length > 0 ? given : defaults;
  if (sizes.length > 0) return Math.ceil(Math.max(...sizes));
  return spec?.assumedSize ?? DEFAULT_LIST_SIZE;
}

/**
 * The multiplier of a field and the sizing it hands its children: a field named in its
 * parent's `sizedFields` takes the parent's size; a field with `sizedFields` is not multiplied
 * itself but sizes those children (IBM cost spec); any other list takes `listSize`.
 */
export function fieldSizes(
  definition: GraphQLField<unknown, unknown>,
  spec: ListSizeSpec | undefined,
  node: FieldNode,
  readVariable: VariableReader,
  sizing: Sizing | undefined,
): { size: number; childSizing: Sizing | undefined } {
  const sizedFields = spec?.sizedFields ?? [];
  const childSizing =
    sizedFields.length > 0
      ? { fields: new Set(sizedFields), size: listSize(definition, spec, node, readVariable) }
      : undefined;
  if (sizing?.fields.has(definition.name)) return { size: sizing.size, childSizing };
  const isList = isListType(getNullableType(definition.type));
  const size = isList && !childSizing ? listSize(definition, spec, node, readVariable) : 1;
  return { size, childSizing };
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
