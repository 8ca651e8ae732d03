import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from '../../../services/edge';
import { AppError } from '../../../services/shared';

const format = createErrorFormatter();

/** What Apollo hands formatError: the enriched JSON form and the original error. */
function apolloFormats(error: GraphQLError): GraphQLFormattedError {
  const { http: _http, ...rest } = error.extensions;
  const extensions = { ...rest, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
  return format({ ...error.toJSON(), extensions }, error);
}

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['field'] });
}

describe('createErrorFormatter', () => {
  it('masks a plain Error as INTERNAL_SERVER_ERROR with the catalogue message, keeping path', () => {
    const out = apolloFormats(resolverError(new Error('GET http://10.0.0.7:8080/x failed')));
    expect(out).toEqual({
      message: 'Internal server error.',
      path: ['field'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('masks a GraphQLError with an unknown code', () => {
    const out = apolloFormats(
      new GraphQLError('secret detail', { extensions: { code: 'MY_CODE' } }),
    );
    expect(out).toEqual({
      message: 'Internal server error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps an AppError: its message, code, upstream name and details', () => {
    const appError = new AppError('UPSTREAM_TIMEOUT', {
      upstream: 'catalog',
      details: { retryInMs: 50 },
    });
    const out = apolloFormats(resolverError(appError));
    expect(out).toEqual({
      message: 'A backend did not answer in time.',
      path: ['field'],
      extensions: { code: 'UPSTREAM_TIMEOUT', upstream: 'catalog', retryInMs: 50 },
    });
  });

  it('never lets details override the code', () => {
    const appError = new AppError('NOT_FOUND', { details: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(apolloFormats(resolverError(appError)).extensions?.code).toBe('NOT_FOUND');
  });

  it('replaces an AppError message that carries an address with the catalogue message', () => {
    const appError = new AppError('UPSTREAM_ERROR', {
      message: 'users at users.internal:8443 said 500',
    });
    expect(apolloFormats(resolverError(appError)).message).toBe('A backend failed.');
  });

  it('keeps an AppError wrapped by Apollo from a plugin hook or context function', () => {
    const wrapped = new GraphQLError('Context creation failed: Not allowed.', {
      originalError: new AppError('FORBIDDEN'),
    });
    expect(apolloFormats(wrapped)).toEqual({
      message: 'Not allowed.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('passes a validation error without its "Did you mean" suggestion, keeping locations', () => {
    const error = new GraphQLError(
      'Cannot query field "helo" on type "Query". Did you mean "hello"?',
      {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    );
    const out = format({ ...error.toJSON(), locations: [{ line: 1, column: 3 }] }, error);
    expect(out).toEqual({
      message: 'Cannot query field "helo" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE'])(
    'passes Apollo %s with its message',
    (code) => {
      const out = apolloFormats(new GraphQLError('Some message.', { extensions: { code } }));
      expect(out).toEqual({ message: 'Some message.', extensions: { code } });
    },
  );

  it('maps Apollo BAD_REQUEST carrying HTTP 405 to METHOD_NOT_ALLOWED', () => {
    const error = new GraphQLError('GET requests only support query operations', {
      extensions: { code: 'BAD_REQUEST', http: { status: 405 } },
    });
    expect(apolloFormats(error).extensions?.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('maps the parser token limit to MAX_TOKENS_LIMIT', () => {
    const error = new GraphQLError(
      'Syntax Error: Document contains more that 3 tokens. Parsing aborted.',
      {
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
    );
    expect(apolloFormats(error).extensions?.code).toBe('MAX_TOKENS_LIMIT');
  });

  it('never sends a stacktrace or other extensions', () => {
    const error = new GraphQLError('Bad input.', {
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'], exception: { host: 'db' } },
    });
    expect(apolloFormats(error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
