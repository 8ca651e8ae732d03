import type { HTTPGraphQLResponse } from '@apollo/server';
import { noteErrorCode, type RequestRecord } from './request-record';

/**
 * Error codes of a refusal Apollo answered before its request pipeline (a GET without a
 * query, CSRF prevention...), where no plugin hook sees them: read from the small error
 * body. Successful bodies are never parsed again.
 */
export function noteRefusalCodes(record: RequestRecord, response: HTTPGraphQLResponse): void {
  if ((response.status ?? 200) < 400 || record.errorCodes.length > 0) return;
  if (response.body.kind !== 'complete') return;
  try {
    const body = JSON.parse(response.body.string) as { errors?: unknown };
    if (!Array.isArray(body.errors)) return;
    for (const error of body.errors as Array<{ extensions?: { code?: unknown } }>) {
      const code = error.extensions?.code;
      if (typeof code === 'string') noteErrorCode(record, code);
    }
  } catch {
    // Not JSON: the status alone tells the outcome.
  }
}
