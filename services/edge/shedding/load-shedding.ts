import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from '../http/send-error';
import type { InFlightCounter } from './in-flight';

export interface LoadSheddingOptions {
  /**
   * Mean event-loop delay (ms, per sample) beyond which new requests are refused; 0 turns
   * the check off. Default: 200.
   */
  maxEventLoopDelayMs?: number;
  /** Requests in flight beyond which new ones are refused. Default: 1000. */
  maxInFlight?: number;
  /** `Retry-After` seconds sent with the 503. Default: 2. */
  retryAfterSec?: number;
  /** How often the event-loop delay is sampled. Default: 1000 ms. */
  sampleIntervalMs?: number;
}

/**
 * Refuses work the process cannot take, at once and before authentication (an overloaded
 * BFF should not spend CPU verifying tokens): 503 SERVICE_OVERLOADED with Retry-After
 * (RFC 9110 §15.6.4, §10.2.3) when too many requests are in flight, or when the event loop
 * lags (@fastify/under-pressure). Every admitted request is counted in `inFlight`.
 */
export function registerLoadShedding(
  app: FastifyInstance,
  inFlight: InFlightCounter,
  options: LoadSheddingOptions | undefined,
): void {
  const maxInFlight = options ? (options.maxInFlight ?? 1000) : Infinity;
  const retryAfter = String(options?.retryAfterSec ?? 2);
  app.addHook('onRequest', async (_request: FastifyRequest, reply: FastifyReply) => {
    if (inFlight.count >= maxInFlight) {
      return sendError(reply, 'SERVICE_OVERLOADED', { 'retry-after': retryAfter });
    }
    inFlight.track(reply.raw);
  });
  const maxEventLoopDelay = options?.maxEventLoopDelayMs ?? 200;
  if (!options || maxEventLoopDelay <= 0) return;
  // Its 503 goes to the edge's error handler, which answers SERVICE_OVERLOADED as JSON and
  // keeps the Retry-After header set here.
  void app.register(underPressure, {
    maxEventLoopDelay,
    retryAfter: options.retryAfterSec ?? 2,
    sampleInterval: options.sampleIntervalMs ?? 1000,
  });
}
