import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import type { ErrorBody } from '../../contracts';
import { BackendError } from './backend-error';

/** Codes for failures Fastify detects before a handler runs, by HTTP status. */
const FRAMEWORK_CODES: Readonly<Record<number, string>> = {
  400: 'INVALID_ARGUMENT',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  503: 'UNAVAILABLE',
};

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

function statusOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('statusCode' in error)) return 500;
  return typeof error.statusCode === 'number' ? error.statusCode : 500;
}

/**
 * Every failure leaves as `{ error: { code, message } }` with its status. Framework errors
 * (bad JSON, body too large, wrong content type) keep their 4xx status but get a generic
 * message: their own text names parser internals.
 */
export function sendError(reply: FastifyReply, error: unknown, logger: Logger): FastifyReply {
  if (error instanceof BackendError) {
    return reply.code(error.httpStatus).send(errorBody(error.kind, error.message));
  }
  const status = statusOf(error);
  if (status < 400 || status >= 500) {
    logger.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL', 'Internal error.'));
  }
  const code = FRAMEWORK_CODES[status] ?? 'REQUEST_REJECTED';
  return reply.code(status).send(errorBody(code, `The request was rejected (${status}).`));
}
