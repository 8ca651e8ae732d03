import type { Registry } from 'prom-client';
import type { AdminServerOptions } from '../../admin/admin-server';
import { readinessReport } from '../../admin/readiness-report';
import type { EdgeServer } from '../../http/graphql-server-options';
import {
  CLUSTER_CHANNEL,
  isClusterMessage,
  sendToPrimary,
  type AnswerMessage,
  type AskMessage,
} from './cluster-messages';

/** A worker's admin address: it has no listener of its own. */
export const WORKER_ADMIN_URL = 'ipc://cluster-primary';

/**
 * The admin "server" of a cluster worker: no port (the primary owns /healthz, /readyz and
 * /metrics for the whole process), but the same two answers, over IPC: its readiness (the
 * backends' checks and its drain, as its own /readyz would report them) and its registry as
 * JSON for the primary to aggregate. Same options as createAdminServer, so startBffRuntime
 * picks one or the other and builds nothing twice.
 */
export function createWorkerAdmin(
  options: AdminServerOptions & { registry: Registry },
): EdgeServer {
  const log = options.logger.child({ component: 'admin' });
  const answer = async (ask: AskMessage): Promise<AnswerMessage> => {
    const base = { channel: CLUSTER_CHANNEL, type: 'answer', id: ask.id } as const;
    try {
      if (ask.question === 'readiness') {
        const readiness = await readinessReport(options, (error) =>
          log.warn({ err: error }, 'readiness check failed'),
        );
        return { ...base, question: 'readiness', readiness };
      }
      return { ...base, question: 'metrics', metrics: await options.registry.getMetricsAsJSON() };
    } catch (error) {
      return { ...base, question: ask.question, error: (error as Error).message };
    }
  };
  const onMessage = (message: unknown): void => {
    if (isClusterMessage(message) && message.type === 'ask') {
      void answer(message).then(sendToPrimary);
    }
  };
  const close = async (): Promise<void> => {
    process.off('message', onMessage);
  };
  return {
    async listen() {
      if (!process.send) throw new Error('createWorkerAdmin runs only in a node:cluster worker');
      process.on('message', onMessage);
      return { url: WORKER_ADMIN_URL, port: 0 };
    },
    close,
    drain: close,
  };
}
