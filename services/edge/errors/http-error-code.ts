import type { ErrorCode } from '../../shared';

// The HTTP-guard statuses Fastify and Apollo produce, mapped to catalogue codes. Anything
// else (a 500 from a bug) is INTERNAL_SERVER_ERROR.
const BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  431: 'HEADERS_TOO_LARGE',
  503: 'SERVICE_OVERLOADED',
};

export function codeForHttpStatus(status: number | undefined): ErrorCode {
  return (status !== undefined && BY_STATUS[status]) || 'INTERNAL_SERVER_ERROR';
}
