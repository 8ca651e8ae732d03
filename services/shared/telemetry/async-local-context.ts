import { AsyncLocalStorage } from 'node:async_hooks';
import { ROOT_CONTEXT, type Context, type ContextManager } from '@opentelemetry/api';

/**
 * The active OpenTelemetry context per async chain, on Node's AsyncLocalStorage: what
 * @opentelemetry/context-async-hooks' AsyncLocalStorageContextManager does for `active` and
 * `with`, without its EventEmitter patching (nothing here binds emitters). Written out
 * because that package is only a transitive dependency here (through sdk-node, which takes
 * over a second to load); swap it in once it is a direct one.
 *
 * Why a context manager at all: a DataLoader batch runs on a later tick than the resolver
 * that queued it, and the transports report a call through `startCall(upstream, op)` with no
 * request in hand, so only the async context can tell a backend call which request span
 * (and which batch) it belongs to.
 */
export function createAsyncLocalContextManager(): ContextManager {
  const storage = new AsyncLocalStorage<Context>();
  const manager: ContextManager = {
    active: () => storage.getStore() ?? ROOT_CONTEXT,
    with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(
      context: Context,
      fn: F,
      thisArg?: ThisParameterType<F>,
      ...args: A
    ): ReturnType<F> {
      return storage.run(context, () => fn.apply(thisArg, args));
    },
    bind<T>(context: Context, target: T): T {
      if (typeof target !== 'function') return target;
      const fn = target as (...args: unknown[]) => unknown;
      const bound = function (this: unknown, ...args: unknown[]): unknown {
        return storage.run(context, () => fn.apply(this, args));
      };
      return bound as T;
    },
    enable: () => manager,
    disable() {
      storage.disable();
      return manager;
    },
  };
  return manager;
}
