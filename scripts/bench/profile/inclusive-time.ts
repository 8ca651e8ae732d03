import type { CpuProfile } from './cpu-profile';
import { packageOf } from './package-of';
import type { Cost } from './summarise-profile';

/**
 * Inclusive (self + callees) time of frontdoor's own functions: where in our code the time
 * goes, whatever library ends up spending it. A sample counts once per function even when
 * the function recurses.
 */
export function frontdoorInclusive(profile: CpuProfile, busyMs: number, top = 15): Cost[] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, { name: string; location: string; us: number }>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((sample, i) => {
    const us = deltas[i + 1] ?? 0;
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || !packageOf(frame.url, frame.functionName).startsWith('frontdoor/')) continue;
      const location = `${frame.url.replace(/^.*\/dist\//, '')}:${frame.lineNumber + 1}`;
      const key = `${frame.functionName}@${location}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = totals.get(key) ?? {
        name: frame.functionName || '(anonymous)',
        location,
        us: 0,
      };
      entry.us += us;
      totals.set(key, entry);
    }
  });
  return [...totals.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((t) => ({
      name: t.name,
      location: t.location,
      selfMs: t.us / 1000,
      pct: busyMs > 0 ? t.us / 10 / busyMs : 0,
    }));
}
