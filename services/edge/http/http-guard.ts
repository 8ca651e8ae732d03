import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './send-error';

export const ALLOWED_METHODS = 'GET, POST';

/**
 * GraphQL-over-HTTP §5: a POST carries `application/json` (JSON is UTF-8, RFC 8259 §8.1, so
 * a charset parameter may only say so); a GET carries no body and, if it names a content
 * type at all, JSON. Checked in `onRequest`, before a byte of body is read.
 */
export async function contentTypeGuard(request: FastifyRequest, reply: FastifyReply) {
  const contentType = request.headers['content-type'];
  if (request.method !== 'POST' && contentType === undefined) return;
  const [essence, ...params] = (contentType ?? '').split(';').map((s) => s.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  const utf8 = charset === undefined || ['utf-8', 'utf8', '"utf-8"'].includes(charset);
  if (essence !== 'application/json' || !utf8) {
    return sendError(reply, 'UNSUPPORTED_MEDIA_TYPE');
  }
}

/**
 * One operation per request: a JSON array (batching) or any other non-object body is a
 * 400 BAD_REQUEST before authentication, so a batch cannot multiply the work one 401 or one
 * throttle decision covers.
 */
export async function bodyShapeGuard(request: FastifyRequest, reply: FastifyReply) {
  if (request.method !== 'POST') return;
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return sendError(reply, 'BAD_REQUEST');
  }
}

/** RFC 9110 §15.5.6: a 405 names the methods the resource does support. */
export async function methodNotAllowed(_request: FastifyRequest, reply: FastifyReply) {
  return sendError(reply, 'METHOD_NOT_ALLOWED', { allow: ALLOWED_METHODS });
}
