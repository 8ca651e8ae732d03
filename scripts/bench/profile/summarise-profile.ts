import type { CpuProfile, CpuProfileNode } from './cpu-profile';
import { packageOf } from './package-of';

export interface Cost {
  readonly name: string;
  /** file:line for functions; empty for packages. */
  readonly location: string;
  readonly selfMs: number;
  /** Share of busy (non-idle) time. */
  readonly pct: number;
}

export interface ProfileSummary {
  readonly wallMs: number;
  /** Sampled time not spent idle: JS, GC and native work. */
  readonly busyMs: number;
  readonly topFunctions: readonly Cost[];
  readonly byPackage: readonly Cost[];
}

const IDLE = '(idle)';

/**
 * Self time per function and per package from a V8 CPU profile. Each sample is charged the
 * time until the next one (timeDeltas[i + 1]), the way DevTools attributes it; functions are
 * merged by name and location, so one function reached from many paths is one row.
 */
export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = selfTimeUs(profile);
  const functions = new Map<string, { name: string; location: string; us: number }>();
  const packages = new Map<string, number>();
  let busyUs = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === IDLE) continue;
    busyUs += us;
    const { name, location } = describe(node);
    const key = `${name}@${location}`;
    const entry = functions.get(key) ?? { name, location, us: 0 };
    entry.us += us;
    functions.set(key, entry);
    const pkg = packageOf(node.callFrame.url, node.callFrame.functionName);
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
  }
  const cost = (name: string, location: string, us: number): Cost => ({
    name,
    location,
    selfMs: us / 1000,
    pct: busyUs > 0 ? (100 * us) / busyUs : 0,
  });
  const ranked = <T>(items: T[], us: (item: T) => number) => items.sort((a, b) => us(b) - us(a));
  return {
    wallMs: (profile.endTime - profile.startTime) / 1000,
    busyMs: busyUs / 1000,
    topFunctions: ranked([...functions.values()], (f) => f.us)
      .slice(0, top)
      .map((f) => cost(f.name, f.location, f.us)),
    byPackage: ranked([...packages], ([, us]) => us).map(([name, us]) => cost(name, '', us)),
  };
}

function selfTimeUs(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length === 0) {
    // Older profiles carry only hit counts: spread the wall time evenly over the hits.
    const hits = profile.nodes.reduce((sum, n) => sum + (n.hitCount ?? 0), 0);
    const each = hits > 0 ? (profile.endTime - profile.startTime) / hits : 0;
    for (const node of profile.nodes) self.set(node.id, (node.hitCount ?? 0) * each);
    return self;
  }
  samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  return self;
}

function describe(node: CpuProfileNode): { name: string; location: string } {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|dist)\//, '$1/');
  return {
    name: functionName || '(anonymous)',
    location: url ? `${file}:${lineNumber + 1}` : '',
  };
}
