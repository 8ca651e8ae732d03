import { join } from 'node:path';
import { projectRoot } from '../../../services/shared';

export interface ProtectionsBenchOptions {
  readonly quick: boolean;
  /** LATENCY_MS of the backends, one stack each: 0 is the worst case for the protections' share. */
  readonly latenciesMs: readonly number[];
  readonly connections: number;
  /** Seconds of load per slice: each round gives one slice to each BFF. */
  readonly sliceSec: number;
  /** Rounds of alternating slices (on, off; then off, on; ...): even, so each leads as often. */
  readonly rounds: number;
  /** Warm-up of each BFF before its first slice, discarded. */
  readonly warmupSec: number;
  /** Run `npm run build` first. */
  readonly build: boolean;
  /** Compiled tree to run instead of dist/: a candidate change, A/B-tested on the same machine. */
  readonly dist: string | undefined;
  /** The protections may cost at most this share of the unprotected throughput. */
  readonly maxCostPct: number;
  readonly outDir: string;
}

export const USAGE = `usage: npm run bench:protections -- [--quick] [--duration S] [--rounds N]
  [--connections N] [--warmup S] [--latencies 0,20] [--dist DIR] [--no-build]`;

const VALUED = new Set([
  '--duration',
  '--rounds',
  '--connections',
  '--warmup',
  '--latencies',
  '--dist',
]);
const SWITCHES = new Set(['--quick', '--no-build']);

/**
 * Full: backends at 0 and 20 ms, 6 rounds of 3 s slices per BFF after 4 s of warm-up (about
 * 2 minutes); quick (CI): 0 ms only, 4 rounds of 1 s after 2 s (about 45 s). Less warm-up than
 * that favours 'off' (the protected path has more code to warm): 0.5 s read +11 % in CI.
 */
export function parseProtectionsArgs(argv: readonly string[]): ProtectionsBenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!VALUED.has(arg) && !SWITCHES.has(arg)) throw new Error(`unknown "${arg}"\n${USAGE}`);
    flags.set(arg, VALUED.has(arg) ? (argv[++i] ?? '') : 'true');
  }
  const quick = flags.has('--quick');
  const number = (flag: string, fallback: number): number => {
    const raw = flags.get(flag);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!(value > 0)) throw new Error(`${flag} must be a positive number, got "${raw}"\n${USAGE}`);
    return value;
  };
  return {
    quick,
    latenciesMs: latencies(flags.get('--latencies') ?? (quick ? '0' : '0,20')),
    connections: Math.round(number('--connections', 32)),
    sliceSec: number('--duration', quick ? 1 : 3),
    rounds: Math.round(number('--rounds', quick ? 4 : 6)),
    warmupSec: number('--warmup', quick ? 2 : 4),
    build: !flags.has('--no-build'),
    dist: flags.get('--dist'),
    maxCostPct: 10,
    outDir: join(projectRoot(), 'bench-results'),
  };
}

function latencies(raw: string): number[] {
  return raw.split(',').map((value) => {
    const ms = Number(value);
    if (!Number.isInteger(ms) || ms < 0) throw new Error(`bad latency "${value}"\n${USAGE}`);
    return ms;
  });
}
