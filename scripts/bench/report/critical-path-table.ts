import type { CriticalPathRow } from '../critical-path/measure-critical-path';
import { markdownTable, ms } from './format';

/** The own-time phases of OrderHistory at 1 connection, p50 each, as Markdown. */
export function criticalPathTable(rows: readonly CriticalPathRow[]): string {
  return markdownTable(
    ['service', ':requests', ':p50 ms', ':own time p50 ms', ':ingress', ':between waves', ':tail'],
    rows.map(({ label, requests, p50 }) => [
      label,
      String(requests),
      ms(p50.totalMs),
      ms(p50.ownMs),
      ms(p50.ingressMs),
      ms(p50.betweenWavesMs),
      ms(p50.tailMs),
    ]),
  );
}

/** The paragraph that says what the table measures, for results.md and the docs. */
export const CRITICAL_PATH_NOTE =
  'OrderHistory one request at a time (20 ms backends), served by the web BFF and the floor started again with a preload that times each request from inside (`scripts/bench/critical-path/`): own time is everything but waiting for backends, split into ingress (request start to the first backend call), between waves (the orders answer to the first catalog/inventory/reviews call) and tail (the last answer to the end of the response). Answers are timed when their bytes have arrived, before decoding, which counts as own time. p50 of each column on its own.';
