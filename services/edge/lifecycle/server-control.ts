import type { Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { EdgeServer } from '../http/graphql-server-options';
import { listenOn } from '../http/listen';
import type { InFlightCounter } from '../shedding/in-flight';
import type { DrainState } from './drain-hooks';
import type { Lifecycle } from './lifecycle';

export interface ServerControlDeps {
  app: FastifyInstance;
  apollo: { start(): Promise<void>; stop(): Promise<void> };
  lifecycle: Lifecycle;
  inFlight: InFlightCounter;
  /** Path appended to the listening URL. */
  path: string;
}

/** listen / close / drain of the GraphQL listener, plus the state its drain hooks read. */
export function createServerControl(deps: ServerControlDeps): EdgeServer & DrainState {
  const { app, apollo, lifecycle, inFlight } = deps;
  let started = false;
  let closing: Promise<void> | undefined;

  function close(): Promise<void> {
    // Idempotent: drain ends with close, and a BFF's stop may call it again.
    closing ??= (async () => {
      await app.close();
      if (started) await apollo.stop();
    })();
    return closing;
  }

  /**
   * 1. readiness false (shared lifecycle) and Connection: close on every response;
   * 2. stop accepting connections and close the idle keep-alive ones;
   * 3. wait up to graceMs for in-flight requests, then for their sockets to close;
   * 4. destroy whatever is left, then close Fastify and Apollo.
   */
  async function drain(graceMs: number): Promise<void> {
    const deadline = Date.now() + graceMs;
    lifecycle.startDraining();
    if (!closing && app.server.listening) {
      const closed = stopAccepting(app.server);
      await inFlight.idle(deadline - Date.now());
      app.server.closeIdleConnections();
      if (!(await within(closed, deadline - Date.now()))) {
        app.log.warn({ inFlight: inFlight.count }, 'drain grace period over; closing sockets');
        app.server.closeAllConnections();
        await closed;
      }
    }
    await close();
  }

  return {
    async listen(options) {
      await apollo.start();
      started = true;
      return listenOn(app, options, deps.path);
    },
    close,
    drain,
    isDraining: () => lifecycle.isDraining(),
    isClosed: () => closing !== undefined,
  };
}

/** server.close() refuses new connections at once and (Node ≥ 19) closes idle ones. */
function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function within(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}
