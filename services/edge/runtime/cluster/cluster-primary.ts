import cluster, { type Worker } from 'node:cluster';
import type pino from 'pino';
import { createAdminServer } from '../../admin/admin-server';
import type { EdgeConfig } from '../../config/read-edge-config';
import { createLifecycle } from '../../lifecycle/lifecycle';
import { registerClusterPlans } from '../../throttle/cluster-plan-master';
import { rateLimitKeyPrefix } from '../rate-limit-key-prefix';
import type { WorkerMetrics } from './cluster-messages';
import { clusterMetricsSource, createPrimaryMetrics } from './cluster-metrics';
import { clusterReadiness } from './cluster-readiness';
import type { RestartPolicy } from './restart-policy';
import { createWorkerQuestions } from './worker-questions';
import { superviseWorkers } from './worker-supervisor';

/** A worker slower than this to answer counts as not ready, or fails the scrape. */
const ANSWER_TIMEOUT_MS = 5000;
/** On top of DRAIN_GRACE_MS, before a worker that has not exited is killed. */
const FORCE_KILL_MARGIN_MS = 5000;

export interface ClusterPrimaryOptions {
  edge: EdgeConfig;
  logger: pino.Logger;
  /** Default: DEFAULT_RESTART_POLICY. */
  restartPolicy?: RestartPolicy;
  /** Called after a crash loop once every worker is gone. Default: process.exit. */
  exit?(code: number): void;
}

export interface ClusterPrimary {
  /** The workers' shared GraphQL URL. */
  readonly url: string;
  /** The admin listener, served by the primary for the whole process. */
  readonly adminUrl: string;
  /** Readiness 503 at once, SIGTERM to every worker, wait for all to exit, close the admin port. */
  stop(): Promise<void>;
}

/**
 * The primary of a BFF run with WORKERS=N: it serves no GraphQL. It keeps the rate-limit
 * budgets of its workers when there is no Redis (RateLimiterClusterMaster, created before the
 * first fork), forks N workers and keeps them running, and owns the admin listener: /metrics
 * aggregates every worker's registry, /readyz is ready when every worker is. Resolves once all
 * N workers listen and the admin port is open, the same point at which a single process is up.
 */
export async function startClusterPrimary(options: ClusterPrimaryOptions): Promise<ClusterPrimary> {
  const { edge, logger } = options;
  if (!edge.rateLimit.redisUrl)
    registerClusterPlans(edge.rateLimit.plans, rateLimitKeyPrefix(edge.client));
  const metrics = createPrimaryMetrics();
  const questions = createWorkerQuestions();
  // Workers listen with the same options, so node:cluster hands them all the one listening
  // socket the primary holds: a replacement too, even on PORT=0 (the handle is keyed by the
  // requested port, so pinning the chosen port would ask for a second socket: EADDRINUSE).
  const supervisor = superviseWorkers({
    count: edge.workers,
    logger,
    policy: options.restartPolicy,
    fork: (): Worker => cluster.fork(),
    onChange: metrics.setWorkers,
    onRestart: metrics.countRestart,
    onGiveUp: (error) => void crashLoop(error),
  });
  const forceAfterMs = edge.http.drainGraceMs + FORCE_KILL_MARGIN_MS;
  const lifecycle = createLifecycle();
  const admin = createAdminServer({
    logger,
    lifecycle,
    readiness: async () => {
      const answers = await questions.ask(supervisor.listening(), 'readiness', ANSWER_TIMEOUT_MS);
      // Workers not listening (starting, being replaced) are not asked: not ready by count.
      return clusterReadiness(
        edge.workers,
        answers.map((a) => (a && 'readiness' in a ? a.readiness : undefined)),
      );
    },
    registry: clusterMetricsSource(metrics.registry, async () => {
      const answers = await questions.ask(supervisor.listening(), 'metrics', ANSWER_TIMEOUT_MS);
      return answers.map((a): WorkerMetrics | undefined =>
        a && 'metrics' in a ? a.metrics : undefined,
      );
    }),
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      lifecycle.startDraining();
      await supervisor.stop(forceAfterMs);
      questions.close();
      await admin.close();
    })());
  async function crashLoop(error: Error): Promise<void> {
    await stop().catch(() => undefined);
    process.stderr.write(`${error.message}\n`);
    (options.exit ?? process.exit)(1);
  }

  try {
    const url = await supervisor.started;
    const { url: adminUrl } = await admin.listen({ host: edge.adminHost, port: edge.adminPort });
    return { url, adminUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
