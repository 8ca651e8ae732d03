/**
 * Preloaded (`node --require`) into a BFF or the floor by the critical-path measurement,
 * never in production: records, for each POST carrying MARK_HEADER, when it started, when
 * each backend call was sent and answered, and when the response ended, as one JSON line of
 * RequestMarks per request in CRITICAL_PATH_FILE. Meant for one connection at a time: calls
 * belong to the request being served. Requests without the header (the warm-up) are not
 * recorded.
 *
 * Hooks: Node's HTTP server and undici publish diagnostics channels; grpc-js does not, so
 * Client.prototype.makeUnaryRequest is wrapped (answered = when the response message reaches
 * its deserializer, i.e. before decoding, as undici's "trailers" is before JSON parsing).
 */
import { subscribe } from 'node:diagnostics_channel';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import { MARK_HEADER } from './mark-header';
import type { CallMarks, RequestMarks } from './phases';

type MutableCall = { -readonly [K in keyof CallMarks]: CallMarks[K] };
interface Current {
  start: number;
  calls: MutableCall[];
}

const FLUSH_EVERY = 20;
const file = process.env['CRITICAL_PATH_FILE'];
let current: Current | undefined;
let pending: string[] = [];
const undiciCalls = new WeakMap<object, MutableCall>();

function flush(): void {
  if (!file || pending.length === 0) return;
  appendFileSync(file, pending.join(''));
  pending = [];
}

function track(upstream: string): MutableCall | undefined {
  if (!current) return undefined;
  const call: MutableCall = { upstream, sent: performance.now(), answered: undefined };
  current.calls.push(call);
  return call;
}

/** '/orders?user_ids=…' → 'orders'. */
const restUpstream = (path: string): string => path.split(/[/?]/)[1] ?? path;
/** '/frontdoor.catalog.v1.CatalogService/BatchGetProducts' → 'catalog'. */
const grpcUpstream = (path: string): string => path.split('.')[1] ?? path;

subscribe('http.server.request.start', (message) => {
  const { request } = message as { request: IncomingMessage };
  const marked = request.method === 'POST' && request.headers[MARK_HEADER] !== undefined;
  current = marked ? { start: performance.now(), calls: [] } : undefined;
});

subscribe('http.server.response.finish', () => {
  if (!current) return;
  const marks: RequestMarks = { ...current, end: performance.now() };
  current = undefined;
  pending.push(`${JSON.stringify(marks)}\n`);
  if (pending.length >= FLUSH_EVERY) flush();
});

subscribe('undici:request:create', (message) => {
  const { request } = message as { request: { path: string } };
  const call = track(restUpstream(request.path));
  if (call) undiciCalls.set(request, call);
});

subscribe('undici:request:trailers', (message) => {
  const call = undiciCalls.get((message as { request: object }).request);
  if (call) call.answered = performance.now();
});

type MakeUnary = grpc.Client['makeUnaryRequest'];
const makeUnaryRequest = grpc.Client.prototype.makeUnaryRequest as (
  this: grpc.Client,
  ...args: unknown[]
) => ReturnType<MakeUnary>;
grpc.Client.prototype.makeUnaryRequest = function (
  this: grpc.Client,
  method: string,
  serialize: (value: unknown) => Buffer,
  deserialize: (bytes: Buffer) => unknown,
  ...rest: unknown[]
) {
  const call = track(grpcUpstream(method));
  const timed = (bytes: Buffer) => {
    if (call) call.answered ??= performance.now();
    return deserialize(bytes);
  };
  return makeUnaryRequest.call(this, method, serialize, timed, ...rest);
} as MakeUnary;

process.on('exit', flush);
