import cluster from 'node:cluster';
import type pino from 'pino';
import type { EdgeConfig } from '../../config/read-edge-config';
import { CLUSTER_CHANNEL, sendToPrimary } from './cluster-messages';
import { startClusterPrimary } from './cluster-primary';
import { clusterRole, type ClusterRole } from './cluster-role';
import type { RestartPolicy } from './restart-policy';

/** What a BFF's start returns (RunningWebBff and its siblings fit). */
export interface RunningService {
  readonly url: string;
  readonly adminUrl: string;
  stop(): Promise<void>;
}

export interface ClusteredService extends RunningService {
  /** `single` (WORKERS=1), `primary` (forked the workers) or `worker`. */
  readonly role: ClusterRole;
  /** WORKERS: worker processes serving, 1 without a cluster. */
  readonly workers: number;
}

export interface RunClusteredOptions {
  /** `workers` decides the role; the primary also uses the listeners, drain and rate plans. */
  edge: EdgeConfig;
  logger: pino.Logger;
  /** Default: DEFAULT_RESTART_POLICY. */
  restartPolicy?: RestartPolicy;
}

/**
 * The one place a BFF's main.ts goes through node:cluster. WORKERS=1: runs `start` here, as
 * before. WORKERS=N, first run: becomes the primary (startClusterPrimary) and `start` never
 * runs in this process; node:cluster re-runs main.ts in each of the N workers, where
 * `start` runs with a logger tagged `worker: <id>`, startBffRuntime sees the worker role
 * (shared listener, budgets kept by the primary, no admin port), and the primary is told the
 * listener is up. Hand the result to runMain: its stop() is the drain in every role.
 */
export async function runClustered(
  options: RunClusteredOptions,
  start: (logger: pino.Logger) => Promise<RunningService>,
): Promise<ClusteredService> {
  const { edge, logger } = options;
  const role = clusterRole(edge.workers);
  if (role === 'primary') {
    const primary = await startClusterPrimary({
      edge,
      logger,
      restartPolicy: options.restartPolicy,
    });
    return {
      url: primary.url,
      adminUrl: primary.adminUrl,
      stop: primary.stop,
      role,
      workers: edge.workers,
    };
  }
  const service = await start(
    role === 'worker' ? logger.child({ worker: cluster.worker?.id }) : logger,
  );
  if (role === 'worker') {
    sendToPrimary({ channel: CLUSTER_CHANNEL, type: 'listening', url: service.url });
    survivesRepeatedStopSignals();
  }
  return {
    url: service.url,
    adminUrl: service.adminUrl,
    role,
    workers: edge.workers,
    stop: () => service.stop(),
  };
}

/**
 * A worker may be told to stop twice: the whole process group gets SIGTERM (systemd's
 * default KillMode, a terminal's Ctrl-C, a supervisor signalling the group) and the primary
 * forwards its own. runMain handles the first with `once`; with no listener left, Node's
 * default action for the second would kill the worker in the middle of its drain. These
 * no-op listeners keep it draining; the primary's SIGKILL after the grace still ends it.
 */
function survivesRepeatedStopSignals(): void {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => undefined);
}
