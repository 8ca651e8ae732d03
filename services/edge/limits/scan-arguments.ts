import {
  getNamedType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { costModelOf } from '../cost/cost-model';
import { PAGE_SIZE_ARGUMENTS } from '../cost/list-size';
import type { LimitProblem } from './limit-problem';
import { idProblem, pageSizeProblem, stringProblem } from './value-problems';
import type { QueryLimits } from './query-limits';

/** A page-size argument fed by a variable: checked per request, once the value is known. */
export interface PageSizeVariable {
  readonly variable: string;
  readonly argument: string;
  readonly field: string;
}

export interface ArgumentScan {
  /** The first literal that breaks a limit, if any. */
  readonly problem: LimitProblem | undefined;
  readonly pageSizeVariables: readonly PageSizeVariable[];
}

/**
 * One pass over an operation and the fragments it reaches, with the schema's types
 * (graphql-js TypeInfo): literal page sizes above the cap, literal strings above the length
 * cap and literal IDs off the pattern are found here, once per document; page-size arguments
 * fed by variables are listed for the per-request check. Variable defaults are literals too.
 */
export function scanArguments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  limits: QueryLimits,
): ArgumentScan {
  const typeInfo = new TypeInfo(schema);
  const model = costModelOf(schema);
  const found: { problem?: LimitProblem } = {};
  const report = (problem: LimitProblem | undefined) => void (found.problem ??= problem);
  const pageSizeVariables: PageSizeVariable[] = [];
  let where = '';
  const visitor = visitWithTypeInfo(typeInfo, {
    VariableDefinition: (node) => void (where = `Variable "$${node.variable.name.value}"`),
    Argument(node) {
      const field = typeInfo.getFieldDef();
      const parent = typeInfo.getParentType();
      const directive = typeInfo.getDirective();
      where = directive
        ? `Argument "${node.name.value}" of directive "@${directive.name}"`
        : `Argument "${node.name.value}" on field "${field?.name ?? ''}"`;
      if (!field || !parent || directive) return;
      const slicing = model.field(parent.name, field.name)?.listSize?.slicingArguments ?? [];
      const isPageSize =
        PAGE_SIZE_ARGUMENTS.has(node.name.value) || slicing.includes(node.name.value);
      if (!isPageSize) return;
      if (node.value.kind === Kind.VARIABLE) {
        const variable = node.value.name.value;
        pageSizeVariables.push({ variable, argument: node.name.value, field: field.name });
      } else if (node.value.kind === Kind.INT) {
        report(pageSizeProblem(where, Number(node.value.value), limits));
      }
    },
    StringValue(node) {
      report(stringProblem(where, node.value, limits));
      if (isId(typeInfo)) report(idProblem(where, node.value, limits));
    },
    IntValue(node) {
      if (isId(typeInfo)) report(idProblem(where, node.value, limits));
    },
  });
  visit(operation, visitor);
  for (const fragment of fragments) visit(fragment, visitor);
  return { problem: found.problem, pageSizeVariables };
}

function isId(typeInfo: TypeInfo): boolean {
  const type = typeInfo.getInputType();
  return type !== null && type !== undefined && getNamedType(type).name === 'ID';
}
