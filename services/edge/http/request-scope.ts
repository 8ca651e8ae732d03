import { setMaxListeners } from 'node:events';
import type { ServerResponse } from 'node:http';

export interface RequestScope {
  /** Epoch ms by which the whole request should be answered. */
  deadline: number;
  /** Aborts when the client disconnects or the deadline passes. */
  signal: AbortSignal;
}

/**
 * The request's budget, for upstream calls to honour (a gRPC deadline is min(per-call
 * budget, deadline - now)). The signal's reason tells why: a DOMException named
 * 'TimeoutError' for the deadline, 'AbortError' for a client that went away.
 */
export function startRequestScope(
  response: ServerResponse,
  startedAt: number,
  budgetMs: number,
): RequestScope {
  const controller = new AbortController();
  // Every backend call of the request listens on this signal; a wide fan-out passes Node's
  // default of 10 and would print a MaxListenersExceededWarning per request.
  setMaxListeners(1000, controller.signal);
  const deadline = startedAt + budgetMs;
  const timer = setTimeout(
    () => controller.abort(new DOMException('The request deadline passed.', 'TimeoutError')),
    Math.max(0, deadline - Date.now()),
  );
  timer.unref();
  response.once('close', () => {
    clearTimeout(timer);
    // 'close' also follows a normal end; only an unfinished response means the client left.
    if (!response.writableFinished) {
      controller.abort(new DOMException('The client disconnected.', 'AbortError'));
    }
  });
  return { deadline, signal: controller.signal };
}
