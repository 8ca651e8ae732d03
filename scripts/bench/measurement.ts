import type { Role } from './scenarios/scenario';
import type { ServiceId } from './stack/service-specs';

/** One scenario at one backend latency and one connection count: a row of the table. */
export interface Measurement {
  readonly scenario: string;
  readonly label: string;
  readonly operation: string;
  readonly role: Role;
  readonly service: ServiceId;
  /** LATENCY_MS of every backend call. */
  readonly latencyMs: number;
  readonly connections: number;
  readonly responses: number;
  readonly durationSec: number;
  /** Successful responses per second; latency percentiles are of successful responses too. */
  readonly reqPerSec: number;
  readonly p50Ms: number;
  readonly p90Ms: number;
  readonly p99Ms: number;
  /** CPU (user + system) of the service process tree per response. */
  readonly cpuMsPerReq: number;
  /** CPU of the five backend processes per response: the part no aggregator can save. */
  readonly backendCpuMsPerReq: number;
  /** Peak resident set (VmHWM) of the service so far, in MiB. */
  readonly peakRssMb: number;
  /** Backend calls sent per response (health checks excluded). */
  readonly callsPerReq: number;
  /**
   * Share of the machine's CPU used by processes outside the bench during the run (others'
   * builds and tests): above a few percent, the row's figures are disturbed.
   */
  readonly otherCpuPct: number;
  /** The run hit its time cap with requests in flight: per-request figures are skewed. */
  readonly cutShort: boolean;
  readonly failures: {
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly badBodies: number;
  };
  /** Sum of the failures: must be 0. */
  readonly failureCount: number;
  /** Status and body excerpt of the first failed response, if any. */
  readonly firstFailure?: string;
}
