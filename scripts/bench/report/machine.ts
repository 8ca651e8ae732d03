import { availableParallelism, cpus, release, totalmem } from 'node:os';

export interface Machine {
  readonly nproc: number;
  readonly cpuModel: string;
  readonly node: string;
  readonly kernel: string;
  readonly memoryGiB: number;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(): Machine {
  return {
    nproc: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    kernel: `${process.platform} ${release()}`,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
  };
}

export function machineLine(m: Machine): string {
  return `${m.nproc} CPUs (nproc), ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.kernel}`;
}
