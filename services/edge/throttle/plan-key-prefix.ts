/**
 * `${prefix}:${plan}`: each plan's own counter namespace (plans never share a counter), the
 * same in memory, in Redis and in the cluster primary, which finds a worker's limiter by it.
 */
export function planKeyPrefix(prefix: string, plan: string): string {
  return `${prefix}:${plan}`;
}
