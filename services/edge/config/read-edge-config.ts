import { readTelemetryConfig, type EnvReader, type TelemetryConfig } from '../../shared';
import type { CompiledExecutorOptions } from '../execution/compiled-executor';
import type { QueryLimits } from '../limits/query-limits';
import { EDGE_DEFAULTS, type ClientName } from './edge-defaults';
import { readExecutionConfig } from './read-execution-config';
import { readHttpConfig, type HttpConfig } from './read-http-config';
import { readQueryLimits } from './read-limits-config';
import { readRateLimitConfig, type RateLimitConfig } from './read-rate-limit-config';
import { readWorkers } from './read-workers';

export type RuntimeMode = 'development' | 'production' | 'test';

/** The perimeter settings every BFF has: listeners, HTTP hardening, query limits, rate plans. */
export interface EdgeConfig {
  readonly client: ClientName;
  readonly mode: RuntimeMode;
  readonly host: string;
  readonly port: number;
  readonly adminHost: string;
  readonly adminPort: number;
  /**
   * node:cluster worker processes (WORKERS, default 1 = no cluster). Above 1, main.ts runs
   * as the cluster primary: it forks this many workers and owns the admin listener.
   */
  readonly workers: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly limits: {
    readonly requestDeadlineMs: number;
    readonly bodyLimitBytes: number;
    readonly maxTokens: number;
  };
  readonly queryLimits: QueryLimits;
  /** graphql-jit for hot documents, or false for graphql-js only (read-execution-config.ts). */
  readonly execution: CompiledExecutorOptions | false;
  readonly rateLimit: RateLimitConfig;
  readonly http: HttpConfig;
  /** Introspection is for development; production turns it off. */
  readonly introspection: boolean;
  /** LOG_FORMAT and the OTEL_* variables; service name `bff-<client>` by default. */
  readonly telemetry: TelemetryConfig;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Reads the edge settings of one BFF; variable names are the same for every client. */
export function readEdgeConfig(read: EnvReader, client: ClientName): EdgeConfig {
  const d = EDGE_DEFAULTS[client];
  const mode = read.oneOf(
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const http = readHttpConfig(read);
  // Browsers call only the web BFF; an app or a partner server has no use for CORS.
  if (client !== 'web' && http.server.cors)
    read.problem('CORS_ORIGINS applies to the web BFF only');
  return {
    client,
    mode,
    host: read.string('HOST', '127.0.0.1'),
    port: read.int('PORT', d.port, { min: 0, max: 65535 }),
    adminHost: read.string('ADMIN_HOST', '127.0.0.1'),
    adminPort: read.int('ADMIN_PORT', d.adminPort, { min: 0, max: 65535 }),
    workers: readWorkers(read),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    limits: {
      requestDeadlineMs: read.int('REQUEST_DEADLINE_MS', d.requestDeadlineMs, {
        min: 1,
        max: 120_000,
      }),
      bodyLimitBytes: read.int('BODY_LIMIT_BYTES', d.bodyLimitBytes, {
        min: 1024,
        max: 10 * 1024 * 1024,
      }),
      maxTokens: read.int('MAX_TOKENS', d.maxTokens, { min: 100, max: 100_000 }),
    },
    queryLimits: readQueryLimits(read, client),
    execution: readExecutionConfig(read),
    rateLimit: readRateLimitConfig(read, client),
    http,
    introspection: read.boolean('INTROSPECTION', mode !== 'production'),
    telemetry: readTelemetryConfig(read, `bff-${client}`),
  };
}
