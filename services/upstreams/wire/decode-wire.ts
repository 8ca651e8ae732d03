import { AppError } from '../../shared';
import { WireShapeError } from './wire-readers';

/**
 * Runs a wire-to-domain mapping; a payload of the wrong shape becomes UPSTREAM_BAD_RESPONSE
 * naming the backend, with the offending path kept in `cause` for the logs.
 */
export function decodeWire<T>(upstream: string, payload: unknown, map: (payload: unknown) => T): T {
  try {
    return map(payload);
  } catch (error) {
    if (error instanceof WireShapeError) {
      throw new AppError('UPSTREAM_BAD_RESPONSE', { upstream, cause: error });
    }
    throw error;
  }
}
