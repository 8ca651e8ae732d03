import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { fragmentsOf } from '../cost/fragments-of';
import { countProblem, type LimitProblem } from './limit-problem';
import { measureOperation } from './operation-shape';
import type { QueryLimits } from './query-limits';
import { reachableFragments } from './reachable-fragments';
import { scanArguments, type PageSizeVariable } from './scan-arguments';

/** Everything about an operation that its variables cannot change. */
export interface StaticVerdict {
  readonly problem: LimitProblem | undefined;
  readonly pageSizeVariables: readonly PageSizeVariable[];
}

/**
 * Judges an operation's structure and literals against the limits, in the order a client
 * fixes them: depth, aliases, root fields, directives, then literal arguments.
 */
export function judgeOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  limits: QueryLimits,
): StaticVerdict {
  const fragments = fragmentsOf(document);
  const shape = measureOperation(operation, fragments);
  const scan = scanArguments(schema, operation, reachableFragments(operation, fragments), limits);
  const problem =
    countProblem('MAX_DEPTH_LIMIT', 'nests # levels deep', shape.depth, limits.maxDepth) ??
    countProblem('MAX_ALIASES_LIMIT', 'uses # aliases', shape.aliases, limits.maxAliases) ??
    countProblem(
      'MAX_ROOT_FIELDS_LIMIT',
      'selects # root fields',
      shape.rootFields,
      limits.maxRootFields,
    ) ??
    countProblem(
      'MAX_DIRECTIVES_LIMIT',
      'uses # directives',
      shape.directives,
      limits.maxDirectives,
    ) ??
    scan.problem;
  return { problem, pageSizeVariables: scan.pageSizeVariables };
}
