import pino, { type Logger } from 'pino';
import { type CallGate, createCallGate, type LatencyOptions } from './call-gate';
import { type CallRecorder, createCallRecorder } from './call-recorder';

/** Options every sample backend's start function takes. */
export interface BackendOptions {
  /** Interface to bind. @default '127.0.0.1' */
  host?: string;
  /** Port to bind; 0 picks a free one (read it from the handle). @default 0 */
  port?: number;
  /** Delay added to every recorded call (never to health checks). @default none */
  latency?: LatencyOptions;
  /** Share of recorded calls (0..1) answered with 503 / UNAVAILABLE. @default 0 */
  errorRate?: number;
  /** @default a silent pino logger: tests stay quiet, main.ts passes a real one */
  logger?: Logger;
  /** Randomness for jitter and injected failures. @default Math.random */
  random?: () => number;
}

/** A running REST backend. */
export interface RestBackendHandle {
  readonly port: number;
  /** e.g. 'http://127.0.0.1:5001' */
  readonly url: string;
  readonly calls: CallRecorder;
  stop(): Promise<void>;
}

/** A running gRPC backend. */
export interface GrpcBackendHandle {
  readonly port: number;
  /** host:port for a grpc-js client, e.g. '127.0.0.1:50051' */
  readonly address: string;
  readonly calls: CallRecorder;
  stop(): Promise<void>;
}

export interface ResolvedBackendOptions {
  readonly host: string;
  readonly port: number;
  readonly logger: Logger;
  readonly calls: CallRecorder;
  readonly gate: CallGate;
}

/** Applies the defaults and builds the recorder and gate shared by REST and gRPC servers. */
export function resolveBackendOptions(options: BackendOptions = {}): ResolvedBackendOptions {
  const calls = createCallRecorder();
  const gate = createCallGate({
    recorder: calls,
    latency: options.latency,
    errorRate: options.errorRate,
    random: options.random,
  });
  return {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    logger: options.logger ?? pino({ level: 'silent' }),
    calls,
    gate,
  };
}

/** The host a client on this machine should dial: wildcard binds are reached via loopback. */
export function dialHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
