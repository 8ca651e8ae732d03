import type * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

/**
 * grpc.health.v1.Health/Check, taken from the installed grpc-health-check package so the
 * proto is not copied here. It is called on a backend's own channel.
 */
export const healthCheckMethod = healthService['Check'] as grpc.MethodDefinition<unknown, unknown>;

/** True only for SERVING; NOT_SERVING, UNKNOWN or any odd answer is unhealthy. */
export function isServing(response: unknown): boolean {
  return (
    typeof response === 'object' &&
    response !== null &&
    (response as { status?: unknown }).status === 'SERVING'
  );
}
