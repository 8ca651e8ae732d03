import type { IncomingMessage } from 'node:http';
import {
  INVALID_SPAN_CONTEXT,
  ROOT_CONTEXT,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import { createRequestStats, type RequestStats } from '../../shared';

/**
 * What the edge learns about one GraphQL request while serving it, for the single access
 * line, the request metrics and the server span written when its response closes.
 */
export interface RequestRecord {
  /** Backend calls, counted by the upstream seam through the request's CallContext. */
  readonly stats: RequestStats;
  /** The request's SERVER span; a non-recording one when tracing is off. */
  readonly span: Span;
  /** The context carrying `span`: the parent of every span the request makes. */
  readonly traceContext: Context;
  /** The operation name: the client's, then the one Apollo resolved. */
  operationName?: string;
  operationType?: string;
  /** Apollo resolved the operation against the schema (a known, valid document). */
  resolved: boolean;
  /** The persisted-operation hash the request named, once found in the list (mobile). */
  persistedHash?: string;
  /** The verified principal's id only: never a token, a key or personal data. */
  principalId?: string;
  /** The operation's estimated cost, as the throttle charged it. */
  cost?: number;
  /** Distinct error codes answered, in order (at most MAX_CODES). */
  readonly errorCodes: string[];
}

const MAX_CODES = 10;
const byRequest = new WeakMap<IncomingMessage, RequestRecord>();
// Apollo shallow-clones the context value per operation; an enumerable symbol survives it
// (see context-principal.ts), an identity-keyed WeakMap would not.
const RECORD = Symbol('frontdoor.edge.requestRecord');

export function openRecord(raw: IncomingMessage, span: Span, traceContext: Context): RequestRecord {
  const record: RequestRecord = {
    stats: createRequestStats(),
    span,
    traceContext,
    resolved: false,
    errorCodes: [],
  };
  byRequest.set(raw, record);
  return record;
}

export function recordOf(raw: IncomingMessage): RequestRecord | undefined {
  return byRequest.get(raw);
}

/** The request's record; a fresh untraced one if observation did not open it. */
export function ensureRecord(raw: IncomingMessage): RequestRecord {
  return (
    byRequest.get(raw) ?? openRecord(raw, trace.wrapSpanContext(INVALID_SPAN_CONTEXT), ROOT_CONTEXT)
  );
}

/** Tags the BFF's context value with the record, for the edge's Apollo plugins. */
export function attachRecord(contextValue: object, record: RequestRecord): void {
  Object.defineProperty(contextValue, RECORD, { value: record, enumerable: true });
}

export function recordOfContext(contextValue: object): RequestRecord | undefined {
  const value: unknown = Reflect.get(contextValue, RECORD);
  return typeof value === 'object' && value !== null && 'errorCodes' in value
    ? (value as RequestRecord)
    : undefined;
}

export function noteErrorCode(record: RequestRecord, code: string): void {
  if (record.errorCodes.length < MAX_CODES && !record.errorCodes.includes(code)) {
    record.errorCodes.push(code);
  }
}
