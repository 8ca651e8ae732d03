/**
 * When to replace a worker that died, per worker slot: at once-ish, then backing off
 * exponentially while it keeps dying, and not at all once it is crash-looping (more than
 * `maxCrashes` deaths within `windowMs`): a process that cannot stay up is a bug or a broken
 * deployment, and restarting it forever would hide that behind a healthy-looking primary.
 * (systemd's StartLimitBurst and pm2's max_restarts draw the same line.)
 */
export interface RestartPolicy {
  /** Delay before the first replacement. Default: 100 ms. */
  readonly baseDelayMs: number;
  /** Cap on the doubling delay. Default: 5000 ms. */
  readonly maxDelayMs: number;
  /** Deaths of one slot within `windowMs` that are still restarted. Default: 5. */
  readonly maxCrashes: number;
  /** Default: 60 s. */
  readonly windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = Object.freeze({
  baseDelayMs: 100,
  maxDelayMs: 5000,
  maxCrashes: 5,
  windowMs: 60_000,
});

export type RestartDecision =
  | { readonly restart: true; readonly delayMs: number }
  | { readonly restart: false; readonly crashes: number };

/**
 * `crashTimes`: when this slot's workers died, the latest (`now`) included. The nth death
 * within the window waits baseDelayMs × 2^(n−1), capped; past maxCrashes, give up.
 */
export function decideRestart(
  crashTimes: readonly number[],
  now: number,
  policy: RestartPolicy = DEFAULT_RESTART_POLICY,
): RestartDecision {
  const recent = crashTimes.filter((time) => now - time < policy.windowMs).length;
  if (recent > policy.maxCrashes) return { restart: false, crashes: recent };
  const delayMs = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, recent - 1));
  return { restart: true, delayMs };
}
