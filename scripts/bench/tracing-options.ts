export interface TracingBenchOptions {
  readonly connections: number;
  readonly durationSec: number;
  readonly warmupSec: number;
  readonly rounds: number;
  /** LATENCY_MS of the backends: 0 makes the BFF's own CPU the whole cost (the worst case). */
  readonly latencyMs: number;
  /** Node binary for the BFFs (e.g. Node 24, whose AsyncLocalStorage is far cheaper). */
  readonly node: string;
}

/** `--quick`: 2 rounds of 2 s after 1 s of warm-up; else 3 rounds of 8 s after 3 s. */
export function parseTracingArgs(argv: readonly string[]): TracingBenchOptions {
  const flag = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const quick = argv.includes('--quick');
  return {
    connections: flag('--connections', 16),
    durationSec: flag('--duration', quick ? 2 : 8),
    warmupSec: quick ? 1 : 3,
    rounds: flag('--rounds', quick ? 2 : 3),
    latencyMs: flag('--latency', 0),
    node: argv.includes('--node') ? (argv[argv.indexOf('--node') + 1] ?? '') : process.execPath,
  };
}
