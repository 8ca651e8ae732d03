/** The identity the edge derived and forwarded (x-principal-* headers or metadata). */
export interface RecordedPrincipal {
  readonly kind: string;
  readonly id: string | undefined;
  readonly scopes: readonly string[];
}

/** One call a backend received. Health checks are never recorded. */
export interface CallRecord {
  /** Stable operation name, e.g. 'batchGetUsers' or 'BatchGetProducts'. */
  readonly operation: string;
  /** Ids the call asked for (batch and single reads), as sent; empty for other calls. */
  readonly keys: readonly string[];
  /** The x-request-id header or metadata, when sent. */
  readonly requestId: string | undefined;
  /** The W3C `traceparent` header or metadata, when sent (the caller traces). */
  readonly traceparent?: string;
  /** Present when x-principal-kind was sent. */
  readonly principal: RecordedPrincipal | undefined;
  /** Arrival time, ms since the Unix epoch. */
  readonly at: number;
}

export interface CallRecorder {
  record(call: Omit<CallRecord, 'at'>): void;
  /** Oldest first. */
  list(): readonly CallRecord[];
  /** Calls of one operation, or of all when omitted. */
  count(operation?: string): number;
  clear(): void;
}

export interface CallRecorderOptions {
  /**
   * The most records kept; past it the oldest are dropped, so a long-running backend does
   * not grow without bound. @default 10000
   */
  maxRecords?: number;
  /** @default Date.now */
  now?: () => number;
}

/** Records the calls a backend receives, so tests can assert what reached it. */
export function createCallRecorder(options: CallRecorderOptions = {}): CallRecorder {
  const maxRecords = options.maxRecords ?? 10_000;
  const now = options.now ?? Date.now;
  let records: CallRecord[] = [];
  return {
    record(call) {
      records.push(Object.freeze({ ...call, keys: Object.freeze([...call.keys]), at: now() }));
      if (records.length > maxRecords) records.shift();
    },
    list: () => [...records],
    count: (operation) =>
      operation === undefined
        ? records.length
        : records.filter((call) => call.operation === operation).length,
    clear() {
      records = [];
    },
  };
}
