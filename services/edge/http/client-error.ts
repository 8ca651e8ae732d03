import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { ERROR_CODES, type ErrorCode } from '../../shared';
import { errorBody } from '../errors/error-body';

// Node's http parser errors arrive before any request object exists (RFC 9110 status for each).
const BY_PARSER_CODE: Readonly<Record<string, ErrorCode>> = {
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
};

/** Answers a malformed or too-slow request with the same JSON error shape, then closes. */
export function writeClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const code = BY_PARSER_CODE[error.code ?? ''] ?? 'BAD_REQUEST';
  const body = JSON.stringify(errorBody(code));
  const { status } = ERROR_CODES[code];
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
