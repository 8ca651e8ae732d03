import cluster, { type Worker } from 'node:cluster';
import {
  CLUSTER_CHANNEL,
  isClusterMessage,
  type AnswerMessage,
  type WorkerQuestion,
} from './cluster-messages';

/** The part of a cluster Worker the primary talks to. */
export type AskableWorker = Pick<Worker, 'id' | 'send'>;

export interface WorkerQuestions {
  /**
   * Asks every worker given, at once; each answer is in the workers' order, `undefined` for a
   * worker that did not answer within `timeoutMs` (busy, dying) or could not be sent to.
   */
  ask(
    workers: readonly AskableWorker[],
    question: WorkerQuestion,
    timeoutMs: number,
  ): Promise<(AnswerMessage | undefined)[]>;
  /** Stops listening; questions still pending resolve `undefined` at their timeout. */
  close(): void;
}

/**
 * Request and answer over node:cluster's IPC channel: one listener for all answers, matched
 * to their question by id, each question bounded by a timeout so a stuck worker delays a
 * probe or a scrape by `timeoutMs` at most and never leaks a pending entry.
 */
export function createWorkerQuestions(): WorkerQuestions {
  let nextId = 0;
  const pending = new Map<number, (answer: AnswerMessage | undefined) => void>();
  const onMessage = (_worker: Worker, message: unknown): void => {
    if (!isClusterMessage(message) || message.type !== 'answer') return;
    pending.get(message.id)?.(message);
  };
  cluster.on('message', onMessage);

  const askOne = (worker: AskableWorker, question: WorkerQuestion, timeoutMs: number) =>
    new Promise<AnswerMessage | undefined>((resolve) => {
      const id = nextId++;
      const settle = (answer: AnswerMessage | undefined): void => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(answer);
      };
      const timer = setTimeout(() => settle(undefined), timeoutMs);
      pending.set(id, settle);
      try {
        worker.send({ channel: CLUSTER_CHANNEL, type: 'ask', id, question }, undefined, (error) => {
          if (error) settle(undefined);
        });
      } catch {
        settle(undefined);
      }
    });

  return {
    ask: (workers, question, timeoutMs) =>
      Promise.all(workers.map((worker) => askOne(worker, question, timeoutMs))),
    close: () => void cluster.off('message', onMessage),
  };
}
