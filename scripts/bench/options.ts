import { join } from 'node:path';
import { projectRoot } from '../../services/shared';

export interface BenchOptions {
  readonly quick: boolean;
  /** Backend latencies to run the whole matrix at, one stack each. */
  readonly latenciesMs: readonly number[];
  /** Connections of the saturation run; the latency run always uses 1. */
  readonly connections: number;
  /** Load time per scenario and connection count, split over `rounds` slices. */
  readonly durationSec: number;
  readonly warmupSec: number;
  /**
   * Scenarios take turns in this many rounds, so a burst of someone else's work on a shared
   * machine lands on the BFF and its baselines alike, not on one of them.
   */
  readonly rounds: number;
  /** Passed to every BFF as WORKERS (node:cluster), when given. */
  readonly workers: number | undefined;
  /** BFFs run in production mode unless told otherwise (`--node-env development`). */
  readonly nodeEnv: 'production' | 'development';
  /** NODE_OPTIONS for BFF processes (e.g. "--max-semi-space-size=64"), to try runtime flags. */
  readonly bffNodeOptions: string | undefined;
  /** Run the web BFF under --cpu-prof and summarise its hot path. */
  readonly profile: boolean;
  /** Run `npm run build` first (off with --no-build when dist/ is fresh). */
  readonly build: boolean;
  /** Compiled tree to run instead of dist/ (a candidate build to compare). */
  readonly dist: string | undefined;
  /** Scenario ids to run (substring match); all when empty. */
  readonly only: readonly string[];
  readonly outDir: string;
}

export const USAGE = `usage: npm run bench -- [--quick] [--workers N] [--connections N]
  [--duration S] [--warmup S] [--rounds N] [--latencies 0,20] [--only id,id] [--bff-node-options "..."]
  [--dist DIR] [--node-env production|development] [--no-profile] [--no-build]`;

/**
 * Full: 6 s per scenario in 3 turns of 2 s after 1.5 s of warm-up, profiled; quick (CI): 1 s
 * in one turn after 0.5 s, no profile.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const takesValue = VALUED.has(arg);
    flags.set(arg, takesValue ? (argv[++i] ?? '') : 'true');
  }
  for (const flag of flags.keys()) {
    if (!VALUED.has(flag) && !SWITCHES.has(flag)) throw new Error(`unknown ${flag}\n${USAGE}`);
  }
  const quick = flags.has('--quick');
  const number = (flag: string, fallback: number) => positive(flag, flags.get(flag), fallback);
  return {
    quick,
    latenciesMs: (flags.get('--latencies') ?? '0,20').split(',').map((v) => wholeNumber(v)),
    connections: number('--connections', 32),
    durationSec: number('--duration', quick ? 1 : 6),
    warmupSec: number('--warmup', quick ? 0.5 : 1.5),
    rounds: Math.round(number('--rounds', quick ? 1 : 3)),
    workers: flags.has('--workers') ? number('--workers', 1) : undefined,
    bffNodeOptions: flags.get('--bff-node-options'),
    nodeEnv: nodeEnv(flags.get('--node-env')),
    profile: !flags.has('--no-profile') && !quick,
    build: !flags.has('--no-build'),
    dist: flags.get('--dist'),
    only: (flags.get('--only') ?? '').split(',').filter(Boolean),
    outDir: join(projectRoot(), 'bench-results'),
  };
}

const VALUED = new Set([
  '--workers',
  '--connections',
  '--duration',
  '--warmup',
  '--rounds',
  '--latencies',
  '--only',
  '--bff-node-options',
  '--dist',
  '--node-env',
]);
const SWITCHES = new Set(['--quick', '--no-profile', '--no-build']);

function positive(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${flag} must be a positive number, got "${raw}"\n${USAGE}`);
  return value;
}

function wholeNumber(raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`bad latency "${raw}"\n${USAGE}`);
  return value;
}

function nodeEnv(raw: string | undefined): 'production' | 'development' {
  if (raw === undefined || raw === 'production' || raw === 'development')
    return raw ?? 'production';
  throw new Error(`--node-env must be production or development, got "${raw}"\n${USAGE}`);
}
