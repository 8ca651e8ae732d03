import type { EnvReader } from '../../shared';
import type { CompiledExecutorOptions } from '../execution/compiled-executor';

/**
 * GRAPHQL_JIT (default true): execute hot documents with graphql-jit; false keeps graphql-js's
 * `execute` for everything (the reference implementation, if a compiled plan is ever suspected).
 * GRAPHQL_JIT_COMPILE_AFTER (default 2): executions through graphql-js before a document is
 * compiled; 0 compiles on first sight (the tests do, so every test runs the compiled path).
 */
export function readExecutionConfig(read: EnvReader): CompiledExecutorOptions | false {
  if (!read.boolean('GRAPHQL_JIT', true)) return false;
  return { compileAfter: read.int('GRAPHQL_JIT_COMPILE_AFTER', 2, { min: 0, max: 10_000 }) };
}
