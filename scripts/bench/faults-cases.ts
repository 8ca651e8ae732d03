// The fault cases: which backend is sick and how, with the breaker on or off.
import { type ResilienceOptions } from '../../services/upstreams';
import { startSampleBackends, type SampleBackends } from '../../test/support/backends';
import { startHangingGrpcServer, type HangingServer } from '../../test/support/fault-servers';
import { metricValue } from '../../test/integration/upstreams/support/metric-values';
import { startBenchBff, type BenchBff } from './faults-bff';

export type Sickness = 'none' | 'down' | 'hanging';

export interface FaultCase {
  name: string;
  sickness: Sickness;
  breaker: boolean;
}

/** inventory is stopped for DOWN; reviews is a server that never answers for HANGING. */
export const SICK_UPSTREAM: Record<Exclude<Sickness, 'none'>, 'inventory' | 'reviews'> = {
  down: 'inventory',
  hanging: 'reviews',
};

export const FAULT_CASES: readonly FaultCase[] = [
  { name: 'all healthy', sickness: 'none', breaker: true },
  { name: 'inventory DOWN, breaker on', sickness: 'down', breaker: true },
  { name: 'inventory DOWN, breaker off', sickness: 'down', breaker: false },
  { name: 'reviews HANGING, breaker on', sickness: 'hanging', breaker: true },
  { name: 'reviews HANGING, breaker off', sickness: 'hanging', breaker: false },
];

export interface RunningCase {
  bff: BenchBff;
  /** Calls the BFF sent to the sick backend (retries included), and retries alone. */
  sickCalls(): Promise<{ sent: number; retries: number }>;
  stop(): Promise<void>;
}

/** Sample backends on 127.0.0.1:0, the sick one made sick, and a web BFF over them. */
export async function startCase(fault: FaultCase): Promise<RunningCase> {
  const backends: SampleBackends = await startSampleBackends();
  let hanging: HangingServer | undefined;
  const addresses = { ...backends.urls, ...backends.addresses };
  if (fault.sickness === 'down') await backends.inventory.stop();
  if (fault.sickness === 'hanging') {
    hanging = await startHangingGrpcServer('reviews');
    addresses.reviews = hanging.address;
  }
  const resilience: ResilienceOptions = fault.breaker ? {} : { breaker: false };
  const bff = await startBenchBff(addresses, resilience);
  const upstream = fault.sickness === 'none' ? 'reviews' : SICK_UPSTREAM[fault.sickness];
  return {
    bff,
    async sickCalls() {
      const labels = { upstream };
      return {
        sent: await metricValue(bff.registry, 'frontdoor_upstream_requests_total', labels),
        retries: await metricValue(bff.registry, 'frontdoor_upstream_retries_total', labels),
      };
    },
    async stop() {
      await bff.stop();
      await backends.stop();
      await hanging?.stop();
    },
  };
}
