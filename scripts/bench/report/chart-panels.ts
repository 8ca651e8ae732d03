import type { Measurement } from '../measurement';
import type { ChartPanel } from './svg-chart';

/** Throughput and p99 at saturation, one bar per scenario and backend latency. */
export function saturationPanels(all: readonly Measurement[], saturation: number): ChartPanel[] {
  const saturated = all.filter((m) => m.connections === saturation);
  const rows = (pick: (m: Measurement) => number) =>
    saturated.map((m) => ({
      label: `${m.label} · ${m.latencyMs} ms backends`,
      value: pick(m),
      role: m.role,
    }));
  return [
    {
      title: `Throughput at ${saturation} connections`,
      unit: 'req/s',
      rows: rows((m) => m.reqPerSec),
    },
    { title: `p99 latency at ${saturation} connections`, unit: 'ms', rows: rows((m) => m.p99Ms) },
  ];
}
