/** The parts of V8's .cpuprofile format (Chrome DevTools Profiler.Profile) read here. */
export interface CpuProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    /** 0-based. */
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly CpuProfileNode[];
  /** Microseconds. */
  readonly startTime: number;
  readonly endTime: number;
  /** Node id of each sample. */
  readonly samples?: readonly number[];
  /** Microseconds between consecutive samples. */
  readonly timeDeltas?: readonly number[];
}
