import { isErrorCode } from '../../shared';
import type { RequestRecord } from './request-record';

/** The label of every operation that may not have its own: unknown, anonymous, or past the cap. */
export const OTHER_OPERATION = 'other';

/**
 * Metric label of a request's operation, bounded so a client cannot grow the time series
 * without limit: the persisted hash where a list bounds them (mobile); else the name of an
 * operation Apollo resolved against the schema, for the first `maxNames` distinct names this
 * process sees (then `other`); `other` for anonymous operations and documents that failed
 * to parse or validate. Logs keep the real name.
 */
export function createOperationLabeler(maxNames = 100): (record: RequestRecord) => string {
  const names = new Set<string>();
  return (record) => {
    if (record.persistedHash) return record.persistedHash;
    const name = record.resolved ? record.operationName : undefined;
    if (!name) return OTHER_OPERATION;
    if (names.has(name)) return name;
    if (names.size >= maxNames) return OTHER_OPERATION;
    names.add(name);
    return name;
  };
}

/**
 * `ok`; `partial` for a served response carrying field errors; else the request's error
 * code (from the catalogue, so bounded), or `http_<status>` when it had none.
 */
export function outcomeOf(status: number, codes: readonly string[]): string {
  if (status < 400) return codes.length === 0 ? 'ok' : 'partial';
  const code = codes[0];
  return code !== undefined && isErrorCode(code) ? code : `http_${status}`;
}
