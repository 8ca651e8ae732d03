import { ConfigError } from '../config/env-reader';

export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * The shape every main.ts shares: start, then stop cleanly once on SIGTERM or SIGINT and
 * exit 0. A configuration error prints every problem and exits 1 without a stack trace,
 * because it is the operator's to fix, not a bug.
 */
export function runMain(name: string, start: () => Promise<Stoppable>): void {
  const fail = (error: unknown): never => {
    const text =
      error instanceof ConfigError ? error.message : ((error as Error)?.stack ?? String(error));
    process.stderr.write(`${name}: ${text}\n`);
    process.exit(1);
  };
  start()
    .then((service) => {
      let stopping = false;
      const stop = (): void => {
        if (stopping) return;
        stopping = true;
        service.stop().then(() => process.exit(0), fail);
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch(fail);
}
