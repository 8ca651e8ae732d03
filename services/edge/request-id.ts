import { randomUUID } from 'node:crypto';

// Conservative allow-list: the id is echoed in a response header and written to logs, so
// anything that could split a header or forge a log line is replaced rather than trusted.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a well-formed client `x-request-id`; otherwise mints a new UUID. */
export function resolveRequestId(headerValue: string | string[] | undefined): string {
  if (typeof headerValue === 'string' && CLIENT_REQUEST_ID.test(headerValue)) return headerValue;
  return randomUUID();
}
