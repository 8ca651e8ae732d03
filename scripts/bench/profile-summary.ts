/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): time per request phase, self time by
 * package and function, and inclusive time of frontdoor's own functions.
 *   tsx scripts/bench/profile-summary.ts <file.cpuprofile> [--skip-ms 3000] [--top 25]
 */
import { readFileSync } from 'node:fs';
import type { CpuProfile } from './profile/cpu-profile';
import { frontdoorInclusive } from './profile/inclusive-time';
import { phaseTimes, REQUEST_PHASES } from './profile/named-inclusive';
import { profileMarkdown } from './profile/profile-markdown';
import { summariseProfile } from './profile/summarise-profile';
import { trimProfile } from './profile/trim-profile';

export interface SummaryOptions {
  /** Leading milliseconds to leave out (start-up, warm-up). Default 0. */
  readonly skipMs?: number;
  /** Functions to list. Default 25. */
  readonly top?: number;
}

/** Reads, trims, summarises and renders one profile file as Markdown. */
export function summariseProfileFile(file: string, options: SummaryOptions = {}): string {
  const skippedMs = options.skipMs ?? 0;
  const profile = trimProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, skippedMs);
  const summary = summariseProfile(profile, options.top ?? 25);
  return profileMarkdown({
    summary,
    inclusive: frontdoorInclusive(profile, summary.busyMs),
    phases: phaseTimes(profile, REQUEST_PHASES),
    skippedMs,
  });
}

function flag(args: readonly string[], name: string): number | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
}

if (require.main === module) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    process.stderr.write(
      'usage: tsx scripts/bench/profile-summary.ts <file.cpuprofile> [--skip-ms N] [--top N]\n',
    );
    process.exit(2);
  }
  const options = { skipMs: flag(rest, '--skip-ms'), top: flag(rest, '--top') };
  process.stdout.write(`${summariseProfileFile(file, options)}\n`);
}
