import type { CpuProfile } from './cpu-profile';
import { packageOf } from './package-of';

/** A phase of a request, found by a function it always goes through. */
export interface Phase {
  readonly label: string;
  readonly functionName: string;
  /** packageOf() of the function, e.g. 'graphql' or 'frontdoor/edge'. */
  readonly pkg: string;
}

/**
 * Synchronous phases of a GraphQL request worth a line in the report. A CPU profile holds
 * synchronous stacks only: whatever runs after an `await` is charged to the microtask queue,
 * not to the function that awaited, so async spans (execute, the whole request) are not here.
 */
export const REQUEST_PHASES: readonly Phase[] = [
  { label: 'GraphQL parse', functionName: 'parse', pkg: 'graphql' },
  { label: 'GraphQL validate', functionName: 'validate', pkg: 'graphql' },
  { label: 'response JSON.stringify', functionName: 'prettyJSONStringify', pkg: '@apollo/server' },
  {
    label: 'operation cost estimate',
    functionName: 'estimateOperationCost',
    pkg: 'frontdoor/edge',
  },
  { label: 'JWT verify', functionName: 'verify', pkg: 'jsonwebtoken' },
  { label: 'pino logging', functionName: 'write', pkg: 'pino' },
  { label: 'prom-client metrics', functionName: 'observe', pkg: 'prom-client' },
];

/** Inclusive milliseconds of each phase (a sample counts once per phase, recursion or not). */
export function phaseTimes(profile: CpuProfile, phases: readonly Phase[]): Map<string, number> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const phaseOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    const phase = phases.find(
      (p) => p.functionName === functionName && p.pkg === packageOf(url, functionName),
    );
    if (phase) phaseOf.set(node.id, phase.label);
  }
  const totals = new Map<string, number>(phases.map((p) => [p.label, 0]));
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((sample, i) => {
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const label = phaseOf.get(id);
      if (label && !seen.has(label)) {
        seen.add(label);
        totals.set(label, (totals.get(label) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      }
    }
  });
  return totals;
}
