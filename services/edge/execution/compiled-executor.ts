import {
  execute,
  getOperationAST,
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

export interface ExecutionRequest {
  readonly document: DocumentNode;
  readonly operationName: string | null;
  readonly variables: Record<string, unknown> | undefined;
  readonly contextValue: object;
}

export type Executor = (request: ExecutionRequest) => Promise<ExecutionResult>;

export interface CompiledExecutorOptions {
  /**
   * Executions of one document through graphql-js before it is compiled. Compiling costs a
   * few milliseconds, so a document a client sends once (or a hostile client sends in endless
   * variations) is never worth it; the operations an app ships are seen thousands of times.
   */
  readonly compileAfter: number;
}

interface DocumentPlan {
  uses: number;
  /** null: compilation failed once; graphql-js serves this document from then on. */
  compiled?: CompiledQuery | null;
}

/**
 * Executes with graphql-jit once a document is hot, graphql-js before (Mercurius' policy).
 * graphql-jit turns an operation into a function specialised for its selection set: no
 * per-field argument objects, resolve-info objects or promise bookkeeping for fields that
 * resolve synchronously. Apollo keeps parsed and validated documents in its document store,
 * so the same DocumentNode object comes back for the same query text and a WeakMap on it
 * forgets a plan when Apollo forgets the document.
 *
 * Variables are coerced by graphql-js first, so an invalid variable gets exactly the error
 * graphql-js gives (Apollo recognises those by message and answers 400 BAD_USER_INPUT).
 */
export function createCompiledExecutor(
  schema: GraphQLSchema,
  options: CompiledExecutorOptions,
): Executor {
  const plans = new WeakMap<DocumentNode, Map<string, DocumentPlan>>();

  function planFor(document: DocumentNode, operationName: string | null): DocumentPlan {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) byOperation.set(key, (plan = { uses: 0 }));
    return plan;
  }

  function compiledFor(plan: DocumentPlan, request: ExecutionRequest): CompiledQuery | null {
    if (plan.compiled !== undefined) return plan.compiled;
    plan.uses += 1;
    if (plan.uses <= options.compileAfter) return null;
    const compiled = compileQuery(schema, request.document, request.operationName ?? undefined, {
      // Errors carry our AppErrors as originalError; capturing a stack per error is waste.
      disablingCapturingStackErrors: true,
    });
    plan.compiled = isCompiledQuery(compiled) ? compiled : null;
    return plan.compiled;
  }

  return async (request) => {
    const { document, operationName, contextValue } = request;
    const compiled = compiledFor(planFor(document, operationName), request);
    const variableErrors = compiled && coercionErrors(schema, request);
    if (!compiled || variableErrors) {
      return execute({
        schema,
        document,
        operationName,
        contextValue,
        variableValues: request.variables,
      });
    }
    const result = await compiled.query(undefined, contextValue, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  };
}

/**
 * graphql-jit's errors inherit GraphQLError's prototype but leave `extensions` undefined where
 * graphql-js always sets an object (Apollo reads `extensions.code` and would mask the error):
 * rebuild them as graphql-js errors with the same message, path, locations and cause.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? {},
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}

/** graphql-js's own variable coercion: true when it would refuse these variables. */
function coercionErrors(schema: GraphQLSchema, request: ExecutionRequest): boolean {
  const operation = getOperationAST(request.document, request.operationName);
  const definitions = operation?.variableDefinitions ?? [];
  if (definitions.length === 0) return false;
  const coerced = getVariableValues(schema, definitions, request.variables ?? {});
  return coerced.errors !== undefined;
}
