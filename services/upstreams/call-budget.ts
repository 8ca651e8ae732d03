import { type CallContext } from './call-context';

/**
 * Time a call may take: its own budget, cut to what is left of the request's deadline
 * (the gRPC deadline-propagation rule, applied to REST too). Zero or less means the request
 * is already out of time and the call must not be sent.
 */
export function callBudgetMs(ctx: CallContext, timeoutMs: number, now = Date.now()): number {
  if (ctx.deadline === undefined) return timeoutMs;
  return Math.min(timeoutMs, ctx.deadline - now);
}
