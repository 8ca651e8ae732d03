import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError, type ErrorCode } from '../../shared';

/** Why an operation breaks a limit, in words a client can act on. */
export interface LimitProblem {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/** A count above its limit: `The operation uses 16 aliases; the limit is 15.` (`#` is the count). */
export function countProblem(
  code: ErrorCode,
  what: string,
  actual: number,
  limit: number,
): LimitProblem | undefined {
  if (actual <= limit) return undefined;
  return {
    code,
    message: `The operation ${what.replace('#', String(actual))}; the limit is ${limit}.`,
    details: { limit, actual },
  };
}

/**
 * Rejects the whole request from an Apollo hook: Apollo honours `extensions.http.status`
 * (400 for every limit code), and the error formatter keeps the AppError's code, message and
 * details, so the client learns which limit it hit and by how much.
 */
export function limitError(problem: LimitProblem): GraphQLError {
  const appError = new AppError(problem.code, {
    message: problem.message,
    details: problem.details,
  });
  return new GraphQLError(appError.message, {
    originalError: appError,
    extensions: {
      code: problem.code,
      http: { status: appError.status, headers: new HeaderMap() },
    },
  });
}
