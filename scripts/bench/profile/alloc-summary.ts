import { fixed, markdownTable } from '../report/format';
import { packageOf } from './package-of';

/** A node of V8's sampling heap profile (HeapProfiler.SamplingHeapProfile). */
export interface AllocNode {
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  /** Bytes sampled at this very frame. */
  readonly selfSize: number;
  readonly children: readonly AllocNode[];
}

export interface AllocCost {
  readonly name: string;
  readonly kbPerRequest: number;
  readonly pct: number;
}

export interface AllocSummary {
  readonly kbPerRequest: number;
  readonly byPackage: readonly AllocCost[];
  readonly topFunctions: readonly AllocCost[];
}

/** Bytes allocated per request, by package and by allocating function. */
export function summariseAllocations(head: AllocNode, requests: number, top = 15): AllocSummary {
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  const visit = (node: AllocNode): void => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url.replace(/^file:\/\//, '').replace(/^.*\/(node_modules|dist)\//, '');
    const name = `${functionName || '(anonymous)'}${where ? ` ${where}:${lineNumber + 1}` : ''}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
    const pkg = packageOf(url, functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) visit(child);
  };
  visit(head);
  const rank = (costs: Map<string, number>, count: number): AllocCost[] =>
    [...costs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, bytes]) => ({
        name,
        kbPerRequest: requests > 0 ? bytes / requests / 1024 : NaN,
        pct: total > 0 ? (100 * bytes) / total : 0,
      }));
  return {
    kbPerRequest: requests > 0 ? total / requests / 1024 : NaN,
    byPackage: rank(byPackage, 10),
    topFunctions: rank(byFunction, top),
  };
}

export function allocationMarkdown(summary: AllocSummary): string {
  const rows = (costs: readonly AllocCost[]) =>
    costs.map((c) => [
      `\`${c.name.replace(/\|/g, '/')}\``,
      fixed(c.kbPerRequest, 1),
      `${fixed(c.pct, 1)}%`,
    ]);
  return [
    `**Allocated per request: ${fixed(summary.kbPerRequest, 0)} KiB** (sampled, collected objects included)`,
    '',
    markdownTable(['package', ':KiB/request', ':share'], rows(summary.byPackage)),
    '',
    markdownTable(['allocating function', ':KiB/request', ':share'], rows(summary.topFunctions)),
  ].join('\n');
}
