import type { FastifyInstance } from 'fastify';
import { sendError } from '../http/send-error';

export interface DrainState {
  /** Draining: serve what arrives on open connections, but close each after its response. */
  isDraining(): boolean;
  /** Closed: refuse what still arrives on open connections. */
  isClosed(): boolean;
}

/**
 * While draining, every response carries `Connection: close` (RFC 9112 §9.6), so a
 * keep-alive client reconnects, finds the listener gone and goes to another instance; once
 * closed, a request still arriving on an open connection gets 503 SERVICE_OVERLOADED.
 */
export function registerDrainHooks(app: FastifyInstance, state: DrainState): void {
  app.addHook('onRequest', async (_request, reply) => {
    if (state.isClosed()) {
      return sendError(reply, 'SERVICE_OVERLOADED', { connection: 'close', 'retry-after': '1' });
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    if (state.isDraining() || state.isClosed()) void reply.header('connection', 'close');
  });
}
