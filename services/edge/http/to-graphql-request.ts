import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { FastifyRequest } from 'fastify';

/** Fastify request → Apollo's transport-neutral request (as @as-integrations/fastify does). */
export function toGraphQLRequest(request: FastifyRequest): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = request.raw.url ?? '';
  const queryStart = url.indexOf('?');
  return {
    method: request.method.toUpperCase(),
    headers,
    search: queryStart >= 0 ? url.slice(queryStart) : '',
    body: request.body,
  };
}
