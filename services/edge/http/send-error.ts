import type { FastifyReply } from 'fastify';
import { ERROR_CODES, type ErrorCode } from '../../shared';
import { errorBody } from '../errors/error-body';
import { noteErrorCode, recordOf } from '../observe/request-record';
import { errorMediaType } from './response-media-type';

/**
 * Ends a request the edge rejects itself, with the catalogue's status, as JSON in the media
 * type the client asked for (GraphQL-over-HTTP).
 */
export function sendError(
  reply: FastifyReply,
  code: ErrorCode,
  headers: Record<string, string> = {},
): FastifyReply {
  const record = recordOf(reply.request.raw);
  if (record) noteErrorCode(record, code);
  return reply
    .code(ERROR_CODES[code].status)
    .headers(headers)
    .type(errorMediaType(reply.request.headers.accept))
    .send(errorBody(code));
}
