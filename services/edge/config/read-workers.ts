import { availableParallelism } from 'node:os';
import type { EnvReader } from '../../shared';

/** More worker processes than this on one machine is a typo, not a deployment. */
export const MAX_WORKERS = 64;

/**
 * WORKERS: how many node:cluster worker processes serve the BFF. 1 (the default) runs no
 * cluster at all: one process, as before. `auto` is os.availableParallelism(), the CPUs this
 * process may run on (Node 20 does not read a container's CPU quota: set a number there).
 */
export function readWorkers(read: EnvReader): number {
  const raw = read.optionalString('WORKERS');
  if (raw === undefined) return 1;
  if (raw.toLowerCase() === 'auto') return Math.min(MAX_WORKERS, availableParallelism());
  const workers = Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) {
    read.problem(`WORKERS must be auto or an integer from 1 to ${MAX_WORKERS}, got "${raw}"`);
    return 1;
  }
  return workers;
}
