import DataLoader from 'dataloader';
import { AppError } from '../../shared';
import { inBatchSpan } from '../tracing/batch-span';

export interface BatchLoaderOptions<K, V, C> {
  /** Backend named in the NOT_FOUND and BAD_USER_INPUT errors this helper creates. */
  upstream: string;
  /**
   * Fetches the valid keys of one batch. Keys absent from the answer are not found; a
   * value that is an Error fails that key alone (e.g. one group of a grouped batch).
   */
  fetch: (keys: readonly K[]) => Promise<ReadonlyMap<C, V | Error>>;
  /** Identity of a key, for DataLoader's cache and for finding its result. */
  keyOf: (key: K) => C;
  /** Keys failing this get BAD_USER_INPUT in their slot and are never sent. Default: all valid. */
  isValidKey?: (key: K) => boolean;
  /** false = one call per key (DataLoader's batch:false), the naive baseline. */
  batch: boolean;
  /** Keys per batch call. */
  maxBatchSize: number;
  /**
   * True when `fetch` opens its own `batch <upstream>` span for each backend it calls (a
   * loader over several backends); otherwise the whole fetch is one batch span.
   */
  spansPerBackend?: boolean;
}

/**
 * The DataLoader contract, implemented once for every loader:
 * 1. the result array is aligned to the keys, one slot per key, in order;
 * 2. a key the backend did not return gets its own NOT_FOUND;
 * 3. a failed call puts that call's error in every slot it served: the batch promise
 *    resolves with errors and never rejects, so one load's failure is its own field's;
 * 4. invalid keys fail alone with BAD_USER_INPUT, without poisoning the valid keys' call.
 * Loaders are per request: the cache lives as long as the request and never crosses users.
 */
export function createBatchLoader<K, V, C>(
  options: BatchLoaderOptions<K, V, C>,
): DataLoader<K, V, C> {
  const { upstream, keyOf } = options;
  const isValid = options.isValidKey ?? (() => true);
  const invalid = () => new AppError('BAD_USER_INPUT', { upstream });

  async function load(keys: readonly K[]): Promise<Array<V | Error>> {
    const valid = keys.filter(isValid);
    const found =
      valid.length === 0
        ? new Map<C, V | Error>()
        : await settle(
            options.spansPerBackend
              ? options.fetch(valid)
              : inBatchSpan(upstream, valid.length, () => options.fetch(valid)),
          );
    return keys.map((key) => {
      if (!isValid(key)) return invalid();
      if (found instanceof Error) return found;
      const id = keyOf(key);
      return found.has(id) ? (found.get(id) as V | Error) : new AppError('NOT_FOUND', { upstream });
    });
  }

  return new DataLoader<K, V, C>(load, {
    batch: options.batch,
    maxBatchSize: options.maxBatchSize,
    cacheKeyFn: keyOf,
  });
}

async function settle<T>(pending: Promise<T>): Promise<T | Error> {
  try {
    return await pending;
  } catch (error) {
    return asError(error);
  }
}

/** DataLoader recognises failures by `instanceof Error`; anything else thrown is wrapped. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
