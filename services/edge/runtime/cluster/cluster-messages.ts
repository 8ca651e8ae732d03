import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import type { ReadinessReport } from '../../admin/readiness-report';

/**
 * The messages a BFF's cluster primary and its workers exchange over node:cluster's IPC
 * channel, tagged with one channel name so they never mix with prom-client's or
 * rate-limiter-flexible's messages on the same channel.
 */
export const CLUSTER_CHANNEL = 'frontdoor:cluster';

export type WorkerMetrics = MetricObjectWithValues<MetricValue<string>>[];

export type WorkerQuestion = 'readiness' | 'metrics';

/** Primary → worker. */
export interface AskMessage {
  channel: typeof CLUSTER_CHANNEL;
  type: 'ask';
  id: number;
  question: WorkerQuestion;
}

/** Worker → primary, once its GraphQL listener is up. */
export interface ListeningMessage {
  channel: typeof CLUSTER_CHANNEL;
  type: 'listening';
  url: string;
}

/** Worker → primary: the answer to AskMessage `id`. */
export type AnswerMessage = {
  channel: typeof CLUSTER_CHANNEL;
  type: 'answer';
  id: number;
} & (
  | { question: 'readiness'; readiness: ReadinessReport }
  | { question: 'metrics'; metrics: WorkerMetrics }
  | { question: WorkerQuestion; error: string }
);

export type ClusterMessage = AskMessage | ListeningMessage | AnswerMessage;

export function isClusterMessage(value: unknown): value is ClusterMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { channel?: unknown }).channel === CLUSTER_CHANNEL
  );
}

/**
 * Sends to the primary, ignoring a closed channel: a worker whose primary is gone exits on
 * its own (node:cluster ends a worker whose IPC channel closes unexpectedly).
 */
export function sendToPrimary(message: ListeningMessage | AnswerMessage): void {
  process.send?.(message, undefined, {}, () => undefined);
}
