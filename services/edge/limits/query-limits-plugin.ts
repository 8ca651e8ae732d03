import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContextDidResolveOperation,
} from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { estimateOperationCost } from '../cost/estimate-operation-cost';
import { checkVariables } from './check-variables';
import { countProblem, limitError } from './limit-problem';
import { resolveQueryLimits, type QueryLimits } from './query-limits';
import { judgeOperation, type StaticVerdict } from './static-verdict';

type Request = GraphQLRequestContextDidResolveOperation<BaseContext>;

/**
 * The query limits as one Apollo plugin, in `didResolveOperation`: after parse and validation
 * (so the document is known to be valid) and before any resolver runs. Every rejection is an
 * HTTP 400 with its own code (MAX_DEPTH_LIMIT, MAX_ALIASES_LIMIT, MAX_ROOT_FIELDS_LIMIT,
 * MAX_DIRECTIVES_LIMIT, BAD_USER_INPUT, COST_LIMIT_EXCEEDED).
 *
 * Structural verdicts are computed once per document: Apollo's document store hands back the
 * same DocumentNode for a repeated query, so a WeakMap keyed by it turns a repeat into a
 * lookup. Only the variable checks and the cost (which reads page sizes from variables) run
 * per request.
 *
 * The hook is synchronous on purpose: Apollo calls every plugin's `didResolveOperation` in
 * plugin order from one `map`, so a synchronous throw here stops the hooks of the plugins
 * after it. Registered before the throttle, a rejected operation is never charged.
 */
export function createQueryLimitsPlugin<TContext extends BaseContext>(
  limits: Partial<QueryLimits> = {},
): ApolloServerPlugin<TContext> {
  const resolved = resolveQueryLimits(limits);
  const verdicts = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, StaticVerdict>>();

  function verdictFor(request: Request, operation: OperationDefinitionNode): StaticVerdict {
    let byOperation = verdicts.get(request.document);
    if (!byOperation) verdicts.set(request.document, (byOperation = new WeakMap()));
    let verdict = byOperation.get(operation);
    if (!verdict) {
      verdict = judgeOperation(request.schema, request.document, operation, resolved);
      byOperation.set(operation, verdict);
    }
    return verdict;
  }

  function enforce(request: Request): void {
    const { schema, document, operation } = request;
    // No operation: Apollo answers OPERATION_RESOLUTION_FAILURE itself, before execution.
    if (!operation) return;
    const verdict = verdictFor(request, operation);
    if (verdict.problem) throw limitError(verdict.problem);
    const variables = request.request.variables ?? {};
    const { pageSizeVariables } = verdict;
    const problem =
      checkVariables(schema, operation, variables, pageSizeVariables, resolved) ??
      countProblem(
        'COST_LIMIT_EXCEEDED',
        'has an estimated cost of #',
        estimateOperationCost(schema, document, variables, request.operationName),
        resolved.maxCost,
      );
    if (problem) throw limitError(problem);
  }

  return {
    async requestDidStart() {
      return {
        didResolveOperation(context) {
          enforce(context);
          return Promise.resolve();
        },
      };
    },
  };
}
