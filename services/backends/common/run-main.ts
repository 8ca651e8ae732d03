import { startProcessTelemetry } from '../../shared';
import type { BackendOptions, GrpcBackendHandle, RestBackendHandle } from './backend-options';
import { readBackendEnv } from './env';
import { readBackendTelemetry } from './telemetry-env';

export interface BackendMainSpec {
  /** Short name for logs, e.g. 'users'. */
  readonly name: string;
  readonly defaultPort: number;
  /** process.env, passed in by main.ts (the only place that reads it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  start(options: BackendOptions): Promise<RestBackendHandle | GrpcBackendHandle>;
}

/**
 * The body of every backend's main.ts: validate the environment (exit 1 naming each bad
 * variable), start, log one JSON line with the address, and stop cleanly on SIGINT/SIGTERM.
 */
export async function runBackendMain(spec: BackendMainSpec): Promise<void> {
  const env = readBackendEnv(spec.env, spec.defaultPort);
  const telemetryEnv = readBackendTelemetry(spec.env, spec.name);
  if (!env.ok || !telemetryEnv.ok) {
    const problems = [
      ...(env.ok ? [] : env.problems),
      ...(telemetryEnv.ok ? [] : telemetryEnv.problems),
    ];
    process.stderr.write(`${spec.name}: invalid configuration\n  ${problems.join('\n  ')}\n`);
    process.exit(1);
  }
  const { host, port, latency, errorRate, logLevel } = env.config;
  // Sample backends are development tools: LOG_FORMAT=auto is pretty on a terminal.
  const telemetry = await startProcessTelemetry({
    service: spec.name,
    level: logLevel,
    mode: 'development',
    telemetry: telemetryEnv.config,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  const { logger } = telemetry;
  let handle: RestBackendHandle | GrpcBackendHandle;
  try {
    handle = await spec.start({ host, port, latency, errorRate, logger });
  } catch (error) {
    logger.fatal({ err: error }, 'failed to start');
    process.exit(1);
  }
  const address = 'url' in handle ? handle.url : handle.address;
  logger.info({ address, latency, errorRate }, 'listening');
  const stop = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'stopping');
    telemetry
      .stopping(handle)
      .stop()
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'failed to stop cleanly');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
