/** A budget of cost units per window. */
export interface RatePlan {
  readonly points: number;
  readonly durationSec: number;
}

/** Budgets by plan name; `default` is required and applies to unknown or absent plans. */
export type RatePlans = Readonly<Record<string, RatePlan>>;

// Plan names appear in RateLimit-Policy as a structured-field string (RFC 8941 §3.3.3) and in
// Redis keys: a conservative token alphabet keeps both unambiguous.
const PLAN_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** Checks the plans once, at construction: a bad plan is a configuration bug, not a request error. */
export function validatePlans(plans: RatePlans): RatePlans {
  if (!Object.hasOwn(plans, 'default')) throw new Error('rate plans must include "default"');
  for (const [name, plan] of Object.entries(plans)) {
    if (!PLAN_NAME.test(name)) throw new Error(`rate plan name "${name}" must match ${PLAN_NAME}`);
    if (!Number.isInteger(plan.points) || plan.points < 1) {
      throw new Error(`rate plan "${name}": points must be a positive integer`);
    }
    if (!Number.isInteger(plan.durationSec) || plan.durationSec < 1) {
      throw new Error(`rate plan "${name}": durationSec must be a positive integer`);
    }
  }
  return Object.freeze({ ...plans });
}

/** The plan a principal's `plan` names, or `default` when it names none of ours. */
export function planName(plans: RatePlans, wanted: string | undefined): string {
  return wanted !== undefined && Object.hasOwn(plans, wanted) ? wanted : 'default';
}
