import { type Dispatcher } from 'undici';
import { AppError } from '../../shared';
import { cancellationError } from '../cancellation';
import { backendErrorDetails, codeForHttpStatus } from './http-status-map';
import { codeForNetworkError } from './network-error-map';
import {
  BadBodyError,
  DISCARD_MAX_BYTES,
  discardBody,
  readCapped,
  readJsonBody,
} from './read-json-body';

/**
 * The parsed JSON of a 2xx, or the AppError for its status. The status is checked before
 * anything is parsed: a 500 with a well-formed JSON body is still a failure.
 */
export async function readResponse(
  upstream: string,
  response: Dispatcher.ResponseData,
  maxBytes: number,
): Promise<unknown> {
  const { statusCode, headers, body } = response;
  if (statusCode >= 200 && statusCode < 300) return readJsonBody(body, headers, maxBytes);
  const code = codeForHttpStatus(statusCode);
  const details = code === 'BAD_USER_INPUT' ? await errorDetails(response) : undefined;
  await discardBody(body);
  throw new AppError(code, { upstream, details, cause: new Error(`HTTP ${statusCode}`) });
}

/**
 * Any failure of a call as an AppError. Which signal fired decides between our own
 * timeout and the client's abort, since undici reports both as an abort.
 */
export function toRestError(
  upstream: string,
  error: unknown,
  timedOut: boolean,
  clientSignal: AbortSignal | undefined,
): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof BadBodyError) {
    return new AppError('UPSTREAM_BAD_RESPONSE', { upstream, cause: error });
  }
  if (timedOut) return new AppError('UPSTREAM_TIMEOUT', { upstream, cause: error });
  if (clientSignal?.aborted) return cancellationError(upstream, clientSignal.reason);
  return new AppError(codeForNetworkError(error), { upstream, cause: error });
}

async function errorDetails(
  response: Dispatcher.ResponseData,
): Promise<Record<string, string> | undefined> {
  try {
    const text = await readCapped(response.body, response.headers, DISCARD_MAX_BYTES);
    return backendErrorDetails(JSON.parse(text));
  } catch {
    return undefined;
  }
}
