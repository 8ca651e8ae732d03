import type { Logger } from 'pino';
import { createLogger } from '../logging/create-logger';
import type { Stoppable } from '../process/run-main';
import { startTracing, type Tracing } from './start-tracing';
import { chooseLogFormat, type TelemetryConfig } from './telemetry-config';

export interface ProcessTelemetryOptions {
  /** `service` on every log line, e.g. 'bff-web'. */
  service: string;
  level: string;
  /** NODE_ENV's mode: `development` may log pretty (LOG_FORMAT=auto, on a terminal). */
  mode: string;
  telemetry: TelemetryConfig;
  /** process.stdout.isTTY, passed in by main.ts. */
  stdoutIsTerminal: boolean;
}

export interface ProcessTelemetry {
  readonly logger: Logger;
  readonly tracing: Tracing;
  /** Stops `service`, then flushes the spans still buffered, so the last requests are kept. */
  stopping(service: Stoppable): Stoppable;
}

/**
 * What every main.ts starts before its service: the process logger and, when configured,
 * tracing (before anything that makes spans, so none is lost to the no-op provider).
 */
export async function startProcessTelemetry(
  options: ProcessTelemetryOptions,
): Promise<ProcessTelemetry> {
  const format = chooseLogFormat(
    options.telemetry.logFormat,
    options.mode,
    options.stdoutIsTerminal,
  );
  const logger = createLogger({ level: options.level, format, base: { service: options.service } });
  const tracing = await startTracing(options.telemetry, logger);
  return {
    logger,
    tracing,
    stopping: (service) => ({
      async stop() {
        try {
          await service.stop();
        } finally {
          await tracing.shutdown();
        }
      },
    }),
  };
}
