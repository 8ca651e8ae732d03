import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sendError } from './send-error';

export interface StaticRoute {
  /** e.g. '/v1/schema.graphql'. */
  path: string;
  /** e.g. 'text/plain; charset=utf-8'. */
  contentType: string;
  body: string;
  /** Default: 'public, max-age=300'. */
  cacheControl?: string;
}

/**
 * Fixed documents answered to GET without authentication (the partner BFF publishes its SDL
 * this way). Each carries a strong ETag computed once, and a conditional GET whose
 * If-None-Match names it gets 304 without a body (RFC 9110 §13.1.2, §15.4.5). Other
 * methods get 405.
 */
export function registerStaticRoutes(app: FastifyInstance, routes: readonly StaticRoute[]): void {
  for (const route of routes) {
    const etag = `"${createHash('sha256').update(route.body).digest('base64url').slice(0, 27)}"`;
    const cacheControl = route.cacheControl ?? 'public, max-age=300';
    app.get(route.path, async (request, reply) => {
      void reply.header('etag', etag).header('cache-control', cacheControl);
      if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      return reply.type(route.contentType).send(route.body);
    });
    app.route({
      method: ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'],
      url: route.path,
      handler: async (_request, reply) => sendError(reply, 'METHOD_NOT_ALLOWED', { allow: 'GET' }),
    });
  }
}

/** If-None-Match uses the weak comparison: W/"x" matches "x"; `*` matches any. */
function matches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === etag;
  });
}
