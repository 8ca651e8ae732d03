import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '../../shared';

/**
 * A GraphQLError that rejects the whole request from an Apollo plugin hook with the
 * catalogue's HTTP status: Apollo honours `extensions.http` (status and headers) on errors
 * thrown from `didResolveOperation`, then strips it before formatting.
 */
export function requestError(code: ErrorCode, headers: Array<[string, string]> = []): GraphQLError {
  const appError = new AppError(code);
  return new GraphQLError(appError.message, {
    originalError: appError,
    extensions: { code, http: { status: appError.status, headers: new HeaderMap(headers) } },
  });
}
