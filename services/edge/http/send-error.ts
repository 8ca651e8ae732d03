import type { FastifyReply } from 'fastify';
import { ERROR_CODES, type ErrorCode } from '../../shared';
import { errorBody } from '../errors/error-body';

/** Ends a request the edge rejects itself, with the catalogue's status, as JSON. */
export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  headers: Record<string, string> = {},
): FastifyReply {
  return reply
    .code(ERROR_CODES[code].status)
    .headers(headers)
    .type('application/json; charset=utf-8')
    .send(errorBody(code));
}
