import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

export interface CorsOptions {
  /**
   * Exact origins (scheme://host[:port]) allowed to call from a browser. No wildcards, no
   * patterns: an origin is either listed or gets no CORS headers at all.
   */
  origins: readonly string[];
}

// What a browser client may send and read (Fetch standard, CORS protocol).
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];
const EXPOSED_HEADERS = ['x-request-id', 'ratelimit', 'ratelimit-policy', 'retry-after'];

/**
 * CORS for browser clients: an exact allow-list, no credentials (tokens travel in
 * `Authorization`, never in cookies), preflights answered in the onRequest hook before
 * authentication (a browser never sends credentials on a preflight). A disallowed origin gets
 * no Access-Control-Allow-Origin, and its preflight falls through to the route's 405.
 */
export function registerCors(app: FastifyInstance, options: CorsOptions): void {
  const allowed = new Set(options.origins);
  for (const origin of allowed) {
    if (origin === '*' || origin === 'null' || !/^https?:\/\/[^/]+$/.test(origin)) {
      throw new Error(`CORS origin must be an exact scheme://host[:port]: ${origin}`);
    }
  }
  void app.register(fastifyCors, {
    origin: (origin, callback) => callback(null, origin && allowed.has(origin) ? origin : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    // Browsers cache the preflight for this long (Chromium caps it at 7200 s).
    maxAge: 600,
    // An OPTIONS without Access-Control-Request-Method is not a preflight; a strict plugin
    // would answer it in text/plain, so it goes to the route (405, JSON) instead.
    strictPreflight: false,
  });
}
