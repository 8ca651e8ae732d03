import cluster from 'node:cluster';

/**
 * - `single`: WORKERS=1, no cluster: this process serves, as a BFF always did.
 * - `primary`: forks the workers, supervises them and owns the admin listener; serves no
 *   GraphQL itself.
 * - `worker`: serves GraphQL on the listener node:cluster shares, answers its primary's
 *   questions over IPC instead of opening the admin port.
 */
export type ClusterRole = 'single' | 'primary' | 'worker';

/**
 * This process's role for a BFF configured with `workers`. Both conditions matter for a
 * worker: a process forked by some other cluster manager (pm2 in cluster mode) with
 * WORKERS=1 stays `single` and opens its own admin port.
 */
export function clusterRole(workers: number): ClusterRole {
  if (workers <= 1) return 'single';
  return cluster.isPrimary ? 'primary' : 'worker';
}
