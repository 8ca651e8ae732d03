import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type pino from 'pino';
import { type AppError, ERROR_CODES, isAppError, isErrorCode, type ErrorCode } from '../../shared';
import { codeForHttpStatus } from './http-error-code';
import { safeMessage } from './safe-message';

export interface ErrorFormatterOptions {
  /** Receives every masked error (they are bugs) at error level. Default: none. */
  logger?: pino.Logger;
}

export type FormatError = (
  formatted: GraphQLFormattedError,
  error: unknown,
) => GraphQLFormattedError;

/**
 * Apollo `formatError`: the single error policy. An AppError keeps its code, message,
 * `upstream` (a name, never an address) and details; a GraphQLError with a catalogued code
 * (Apollo's parse/validation/input errors, the edge's own rejections) keeps its message
 * minus "Did you mean" suggestions; everything else is masked to INTERNAL_SERVER_ERROR.
 * Only message, locations, path and extensions are ever sent: no stacktrace, no cause.
 */
export function createErrorFormatter(options: ErrorFormatterOptions = {}): FormatError {
  return (formatted, error) => {
    const appError = findAppError(error);
    if (appError) return shape(formatted, appError.code, appError.message, appExtensions(appError));
    const code = graphQLCode(formatted, error);
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') {
      return shape(formatted, code, formatted.message, {});
    }
    options.logger?.error({ err: unwrapResolverError(error) }, 'masked an unexpected error');
    return shape(formatted, 'INTERNAL_SERVER_ERROR', ERROR_CODES.INTERNAL_SERVER_ERROR.message, {});
  };
}

function shape(
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown>,
): GraphQLFormattedError {
  return {
    message: safeMessage(message, ERROR_CODES[code].message),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...extra, code },
  };
}

function appExtensions(error: AppError): Record<string, unknown> {
  return { ...error.details, ...(error.upstream ? { upstream: error.upstream } : {}) };
}

/** An AppError thrown in a resolver, or wrapped by Apollo when thrown from a hook or context. */
function findAppError(error: unknown): AppError | undefined {
  const unwrapped = unwrapResolverError(error);
  if (isAppError(unwrapped)) return unwrapped;
  if (unwrapped instanceof GraphQLError && isAppError(unwrapped.originalError)) {
    return unwrapped.originalError;
  }
  return undefined;
}

// graphql-js's wording when `parseOptions.maxTokens` stops the lexer; graphql 16 spells it
// "more that", a later release may fix the typo.
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * The catalogued code of a GraphQLError, refined where Apollo's is too coarse: a parse
 * stopped by the token limit is MAX_TOKENS_LIMIT, and Apollo's BAD_REQUEST carries its real
 * meaning in `extensions.http.status` (405 mutation over GET, 415, 406).
 */
function graphQLCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode | undefined {
  const code = formatted.extensions?.code;
  if (!isErrorCode(code)) return undefined;
  if (code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.test(formatted.message)) {
    return 'MAX_TOKENS_LIMIT';
  }
  if (code !== 'BAD_REQUEST' || !(error instanceof GraphQLError)) return code;
  const http = error.extensions.http;
  const status =
    typeof http === 'object' && http !== null && 'status' in http ? http.status : undefined;
  return typeof status === 'number' && status !== 400 ? codeForHttpStatus(status) : code;
}
