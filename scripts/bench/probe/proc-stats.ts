import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { parseStat, statusBytes, type StatFields } from './proc-parse';

/** CPU and memory of a process and its descendants (cluster workers), from /proc. */
export interface ProcSample {
  /** utime + stime of the whole tree, in milliseconds. */
  readonly cpuMs: number;
  /** The largest VmHWM (peak resident set) of any one process in the tree, in bytes. */
  readonly peakRssBytes: number;
}

let ticksPerSecond: number | undefined;

/** sysconf(_SC_CLK_TCK): almost always 100 on Linux, but asked rather than assumed. */
export function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const answer = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    ticksPerSecond = Number.isFinite(answer) && answer > 0 ? answer : 100;
  }
  return ticksPerSecond;
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // exited between listing and reading
  }
}

/** `root` and every process descending from it, found by scanning /proc for parents. */
function processTree(root: number): Map<number, StatFields> {
  const stats = new Map<number, StatFields>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const text = readProc(Number(entry), 'stat');
    if (text) stats.set(Number(entry), parseStat(text));
  }
  const tree = new Map<number, StatFields>();
  const visit = (pid: number): void => {
    const stat = stats.get(pid);
    if (!stat || tree.has(pid)) return;
    tree.set(pid, stat);
    for (const [child, s] of stats) if (s.ppid === pid) visit(child);
  };
  visit(root);
  return tree;
}

/** Samples CPU and peak memory of the process trees rooted at `pids`, summed over roots. */
export function sampleProcesses(pids: readonly number[]): ProcSample {
  let ticks = 0;
  let peak = 0;
  for (const root of pids) {
    for (const [pid, stat] of processTree(root)) {
      ticks += stat.cpuTicks;
      peak = Math.max(peak, statusBytes(readProc(pid, 'status') ?? '', 'VmHWM'));
    }
  }
  return { cpuMs: (ticks * 1000) / clockTicks(), peakRssBytes: peak };
}
