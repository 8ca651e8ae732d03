import { context, trace } from '@opentelemetry/api';
import { endSpan, recordingActiveSpan, tracer } from '../../shared';

/**
 * Runs one DataLoader batch fetch inside its own span (`batch <upstream>`, with the number
 * of keys), so the calls it sends become its children. A batch is the unit worth seeing:
 * one per backend per level of the query, never one per resolver (per-resolver spans cost
 * more than the resolvers themselves). Outside a recording request it just runs `fetch`.
 */
export function inBatchSpan<T>(
  upstream: string,
  size: number,
  fetch: () => Promise<T>,
): Promise<T> {
  if (!recordingActiveSpan()) return fetch();
  const span = tracer().startSpan(`batch ${upstream}`, {
    attributes: { 'frontdoor.upstream': upstream, 'frontdoor.batch.size': size },
  });
  return context.with(trace.setSpan(context.active(), span), fetch).then(
    (result) => {
      endSpan(span);
      return result;
    },
    (error: unknown) => {
      endSpan(span, error instanceof Error ? error : 'error');
      throw error;
    },
  );
}
