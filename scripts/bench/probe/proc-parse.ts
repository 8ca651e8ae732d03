/** What one /proc/<pid>/stat line says about CPU time and parentage. */
export interface StatFields {
  readonly ppid: number;
  /** utime + stime, in clock ticks. */
  readonly cpuTicks: number;
}

/**
 * Parses /proc/<pid>/stat (proc(5)). The command name is in parentheses and may itself hold
 * spaces or parentheses, so fields are counted from the LAST ')': state is field 3, ppid 4,
 * utime 14 and stime 15.
 */
export function parseStat(text: string): StatFields {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const field = (n: number): number => Number(rest[n - 3]);
  return { ppid: field(4), cpuTicks: field(14) + field(15) };
}

/** Reads a `Name:   1234 kB` line of /proc/<pid>/status, in bytes; 0 when absent. */
export function statusBytes(text: string, name: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB$`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : 0;
}
