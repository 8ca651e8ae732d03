import type { WaveBound } from '../probe/wave-bound';
import { fixed, markdownTable, ms } from './format';

/**
 * Two bare backend calls per latency, as Markdown: what the machine charges before any
 * aggregation, against which the p50 rows are read.
 */
export function waveBoundTable(bounds: readonly WaveBound[]): string {
  return markdownTable(
    [
      'backend latency',
      ':pairs',
      ':one call p50 ms',
      ':two sequential calls p50 ms',
      ':setTimeout(latency) p50 ms',
    ],
    bounds.map((b) => [
      `${b.latencyMs} ms`,
      String(b.samples),
      ms(b.oneCallP50Ms),
      ms(b.twoCallsP50Ms),
      b.timerP50Ms === undefined ? '–' : fixed(b.timerP50Ms, 2),
    ]),
  );
}
