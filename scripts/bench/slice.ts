import type { LoadResult } from './load/run-load';
import type { SystemCpu } from './probe/system-cpu';

/** What one slice of load measured: the load's result and the deltas around it. */
export interface Slice {
  readonly load: LoadResult;
  /** Requests the service says it answered during the slice. */
  readonly served: number;
  /** Backend calls it sent. */
  readonly calls: number;
  /** CPU of the service's process tree, of the five backends, of the bench itself. */
  readonly serviceCpuMs: number;
  readonly backendsCpuMs: number;
  readonly benchCpuMs: number;
  /** Machine-wide CPU ticks over the slice (/proc/stat). */
  readonly system: SystemCpu;
  /** The service's peak RSS at the end of the slice. */
  readonly peakRssBytes: number;
}
