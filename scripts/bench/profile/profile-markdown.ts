import { fixed, markdownTable } from '../report/format';
import type { Cost, ProfileSummary } from './summarise-profile';

const costRows = (costs: readonly Cost[], withLocation: boolean) =>
  costs.map((c) => [
    `\`${c.name.replace(/\|/g, '/')}\``,
    ...(withLocation ? [c.location ? `\`${c.location}\`` : ''] : []),
    fixed(c.selfMs, 0),
    `${fixed(c.pct, 1)}%`,
  ]);

export interface ProfileReport {
  readonly summary: ProfileSummary;
  /** frontdoor's own functions by inclusive time. */
  readonly inclusive: readonly Cost[];
  /** Inclusive milliseconds per request phase. */
  readonly phases: ReadonlyMap<string, number>;
  readonly skippedMs: number;
}

/** The profile summary as Markdown: phases, packages, top functions, our code inclusive. */
export function profileMarkdown(report: ProfileReport, topPackages = 12): string {
  const { summary, inclusive } = report;
  const share = (ms: number) =>
    `${fixed(summary.busyMs > 0 ? (100 * ms) / summary.busyMs : 0, 1)}%`;
  const phases = [...report.phases].filter(([, ms]) => ms > 0);
  return [
    `Sampled ${fixed(summary.wallMs / 1000, 1)} s after skipping the first ${fixed(report.skippedMs / 1000, 1)} s` +
      ` (start-up and warm-up); busy (not idle) ${fixed(summary.busyMs / 1000, 1)} s. Shares are of busy time.`,
    '',
    '**Synchronous request phases** (inclusive: the phase and everything it calls synchronously)',
    '',
    markdownTable(
      ['phase', ':incl. ms', ':share'],
      phases.map(([label, ms]) => [label, fixed(ms, 0), share(ms)]),
    ),
    '',
    '**Self time by package**',
    '',
    markdownTable(
      ['package', ':self ms', ':share'],
      costRows(summary.byPackage.slice(0, topPackages), false),
    ),
    '',
    '**Top functions by self time**',
    '',
    markdownTable(
      ['function', 'where', ':self ms', ':share'],
      costRows(summary.topFunctions, true),
    ),
    '',
    "**frontdoor's own functions by inclusive time** (self + everything they call)",
    '',
    markdownTable(['function', 'where', ':incl. ms', ':share'], costRows(inclusive, true)),
  ].join('\n');
}
