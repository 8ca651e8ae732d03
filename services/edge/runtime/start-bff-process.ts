import type pino from 'pino';
import { devKeysDir, startProcessTelemetry, type Stoppable } from '../../shared';
import type { EdgeConfig } from '../config/read-edge-config';
import type { JwtConfig } from '../config/read-jwt-config';
import { devTokenHeaders } from '../explorer/dev-token-headers';
import type { ExplorerOptions } from '../explorer/explorer-options';
import { runClustered, type RunningService } from './cluster/run-clustered';

export interface BffProcessOptions {
  /** `service` on every log line and span, e.g. 'bff-web'. */
  service: string;
  edge: EdgeConfig;
  /** Added to the "<client> BFF listening" line, e.g. `{ auth: 'pem' }`. */
  summary: Record<string, unknown>;
  /** Starts one BFF (in this process, or in each cluster worker) with its logger. */
  start(logger: pino.Logger): Promise<RunningService>;
}

/**
 * What every BFF's main.ts does once it has read its config: process telemetry (logger, and
 * tracing before anything makes spans), the BFF itself (here, or as the node:cluster primary
 * of WORKERS workers, each running `start`), one "<client> BFF listening" line, and a stop
 * that drains the BFF and then flushes spans. main.ts hands the result to runMain.
 */
export async function startBffProcess(options: BffProcessOptions): Promise<Stoppable> {
  const { edge } = options;
  const telemetry = await startProcessTelemetry({
    service: options.service,
    level: edge.logLevel,
    mode: edge.mode,
    telemetry: edge.telemetry,
    stdoutIsTerminal: process.stdout.isTTY === true,
  });
  const { logger } = telemetry;
  // WORKERS > 1: this process becomes the cluster primary and each worker runs `start`.
  const bff = await runClustered({ edge, logger }, options.start);
  if (bff.role !== 'worker') {
    logger.info(
      {
        url: bff.url,
        admin: bff.adminUrl,
        workers: bff.workers,
        ...options.summary,
        tracing: telemetry.tracing.enabled,
      },
      `${edge.client} BFF listening`,
    );
  }
  return telemetry.stopping(bff);
}

/** GraphiQL at the GraphQL URL in development, signed in as `npm run token`'s default user. */
export function devExplorer(edge: EdgeConfig, auth: JwtConfig): ExplorerOptions | undefined {
  return edge.mode === 'development'
    ? { headers: devTokenHeaders(auth, devKeysDir(), 'u0001') }
    : undefined;
}
