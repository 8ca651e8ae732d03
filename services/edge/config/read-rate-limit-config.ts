import type { EnvReader } from '../../shared';
import type { RatePlan } from '../throttle/rate-plans';
import { EDGE_DEFAULTS, type ClientName } from './edge-defaults';

/** The throttle's settings; pass them to `createRateLimiter`. */
export interface RateLimitConfig {
  /** Budgets by plan; `default` always present. */
  readonly plans: Readonly<Record<string, RatePlan>>;
  /** Shared store; absent: each process keeps its own budgets. Never log it: it may hold a password. */
  readonly redisUrl: string | undefined;
  readonly redisTimeoutMs: number;
}

/**
 * RATE_LIMIT_POINTS and RATE_LIMIT_WINDOW_SEC (the `default` plan, per-client defaults),
 * RATE_LIMIT_PLANS (JSON `{"gold": {"points": 120000, "durationSec": 60}}`, whose own
 * `default` replaces the one above), REDIS_URL (redis:// or rediss://) and
 * RATE_LIMIT_REDIS_TIMEOUT_MS (default 50).
 */
export function readRateLimitConfig(read: EnvReader, client: ClientName): RateLimitConfig {
  const d = EDGE_DEFAULTS[client];
  const fallback: RatePlan = {
    points: read.int('RATE_LIMIT_POINTS', d.rateLimitPoints, { min: 1 }),
    durationSec: read.int('RATE_LIMIT_WINDOW_SEC', d.rateLimitWindowSec, { min: 1, max: 86_400 }),
  };
  const redisUrl = read.optionalString('REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/./.test(redisUrl)) {
    read.problem('REDIS_URL must be a redis:// or rediss:// URL');
  }
  return Object.freeze({
    plans: Object.freeze({ default: fallback, ...readPlans(read) }),
    redisUrl,
    redisTimeoutMs: read.int('RATE_LIMIT_REDIS_TIMEOUT_MS', 50, { min: 1, max: 10_000 }),
  });
}

const PLAN_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

function readPlans(read: EnvReader): Record<string, RatePlan> {
  const raw = read.optionalString('RATE_LIMIT_PLANS');
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    read.problem('RATE_LIMIT_PLANS must be JSON: {"plan": {"points": N, "durationSec": N}}');
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    read.problem('RATE_LIMIT_PLANS must be a JSON object of plans');
    return {};
  }
  const plans: Record<string, RatePlan> = {};
  for (const [name, plan] of Object.entries(parsed as Record<string, unknown>)) {
    const fields =
      typeof plan === 'object' && plan !== null ? (plan as Record<string, unknown>) : {};
    const { points, durationSec } = fields;
    if (!PLAN_NAME.test(name) || !isCount(points) || !isCount(durationSec)) {
      read.problem(
        `RATE_LIMIT_PLANS.${name} must be named [A-Za-z0-9_.-] and have positive integer points and durationSec`,
      );
      continue;
    }
    plans[name] = { points, durationSec };
  }
  return plans;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && typeof value === 'number' && value >= 1;
}
