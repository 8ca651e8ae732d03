import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Responses below this many bytes are sent as they are: compressing them gains nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Response compression (RFC 9110 §8.4.1) for clients on slow links: br or gzip as the
 * request's Accept-Encoding allows, JSON only, above 1 KiB, brotli at quality 4 (the
 * plugin's default; 11 costs far more CPU for a few percent). Request bodies are never
 * decompressed (a zip bomb would bypass the body limit).
 */
export function registerCompression(app: FastifyInstance): void {
  void app.register(fastifyCompress, {
    globalCompression: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESSION_THRESHOLD_BYTES,
    customTypes: /^application\/(?:[a-z.+-]*\+)?json\b|^text\//,
  });
}
