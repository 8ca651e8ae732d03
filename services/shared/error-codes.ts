/**
 * The one catalogue of error codes frontdoor answers with, shared by all BFFs.
 *
 * `status` is the HTTP status when the code rejects the whole request; codes with
 * `scope: 'field'` travel inside an otherwise served response (HTTP 200, the field null).
 * `retryable` tells clients whether the same request may succeed later unchanged.
 * docs/errors.md documents every code; a test keeps the two in step.
 */
export interface ErrorCodeSpec {
  readonly status: number;
  readonly scope: 'request' | 'field';
  readonly retryable: boolean;
  /** The message clients see; never details that could leak internals. */
  readonly message: string;
}

const request = (status: number, message: string, retryable = false): ErrorCodeSpec => ({
  status,
  scope: 'request',
  retryable,
  message,
});
const field = (message: string, retryable: boolean): ErrorCodeSpec => ({
  status: 200,
  scope: 'field',
  retryable,
  message,
});

export const ERROR_CODES = {
  // Identity and authorization
  UNAUTHENTICATED: request(401, 'Authentication required.'),
  FORBIDDEN: request(403, 'Not allowed.'),
  // HTTP layer
  BAD_REQUEST: request(400, 'The request is malformed.'),
  METHOD_NOT_ALLOWED: request(405, 'Method not allowed.'),
  NOT_ACCEPTABLE: request(406, 'None of the accepted media types can be served.'),
  UNSUPPORTED_MEDIA_TYPE: request(415, 'Unsupported content type.'),
  PAYLOAD_TOO_LARGE: request(413, 'The request body is too large.'),
  HEADERS_TOO_LARGE: request(431, 'The request headers are too large.'),
  ROUTE_NOT_FOUND: request(404, 'No such route.'),
  REQUEST_TIMEOUT: request(408, 'The request took too long to arrive.', true),
  // GraphQL documents
  GRAPHQL_PARSE_FAILED: request(400, 'The GraphQL document could not be parsed.'),
  GRAPHQL_VALIDATION_FAILED: request(400, 'The GraphQL document is not valid.'),
  BAD_USER_INPUT: request(400, 'An argument is invalid.'),
  OPERATION_RESOLUTION_FAILURE: request(400, 'The operation to run could not be determined.'),
  PERSISTED_QUERY_NOT_IN_LIST: request(400, 'Unknown persisted operation.'),
  PERSISTED_QUERY_ID_REQUIRED: request(400, 'Only persisted operations are accepted.'),
  PERSISTED_QUERY_NOT_SUPPORTED: request(
    400,
    'Persisted queries are not supported here; send the document.',
  ),
  // Query limits
  MAX_TOKENS_LIMIT: request(400, 'The document has too many tokens.'),
  MAX_DEPTH_LIMIT: request(400, 'The operation is nested too deeply.'),
  MAX_ALIASES_LIMIT: request(400, 'The operation uses too many aliases.'),
  MAX_ROOT_FIELDS_LIMIT: request(400, 'The operation selects too many root fields.'),
  MAX_DIRECTIVES_LIMIT: request(400, 'The operation uses too many directives.'),
  COST_LIMIT_EXCEEDED: request(400, 'The operation is too expensive.'),
  // Capacity
  RATE_LIMITED: request(429, 'Too many requests.', true),
  SERVICE_OVERLOADED: request(503, 'The service is overloaded; retry later.', true),
  DEADLINE_EXCEEDED: request(504, 'The request did not complete in time.', true),
  INTERNAL_SERVER_ERROR: request(500, 'Internal server error.', true),
  // Inside a served response
  NOT_FOUND: field('The requested object does not exist.', false),
  UPSTREAM_TIMEOUT: field('A backend did not answer in time.', true),
  UPSTREAM_UNAVAILABLE: field('A backend is unavailable.', true),
  UPSTREAM_ERROR: field('A backend failed.', true),
  UPSTREAM_BAD_RESPONSE: field('A backend answered with an invalid response.', false),
  UPSTREAM_OVERLOADED: field('A backend is overloaded.', true),
  UPSTREAM_REJECTED: field('A backend rejected the request.', false),
  CIRCUIT_OPEN: field('A backend is failing and is not being called for a while.', true),
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, value);
}
