import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './send-error';

export const ALLOWED_METHODS = 'GET, POST';

/**
 * GraphQL-over-HTTP §5: a POST carries `application/json`; a GET carries no body and, if it
 * names a content type at all, JSON. Checked in `onRequest`, before a byte of body is read.
 */
export async function contentTypeGuard(request: FastifyRequest, reply: FastifyReply) {
  const contentType = request.headers['content-type'];
  const essence = contentType?.split(';', 1)[0]?.trim().toLowerCase();
  const required = request.method === 'POST' || contentType !== undefined;
  if (required && essence !== 'application/json') {
    return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE');
  }
}

/** RFC 9110 §15.5.6: a 405 names the methods the resource does support. */
export async function methodNotAllowed(_request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 'METHOD_NOT_ALLOWED', { allow: ALLOWED_METHODS });
}
