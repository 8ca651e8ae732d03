import type { LoadRequest } from '../load/run-load';
import type { RunningService } from '../stack/start-service';
import { firstDifference } from './first-difference';

export interface ParityReport {
  readonly checked: number;
  /** True when the bytes are identical too, not only the parsed JSON. */
  readonly sameBytes: boolean;
  readonly bytes: number;
}

/**
 * The floor is only a floor if it does the same work: for every request, its JSON must
 * deep-equal the BFF's (and the BFF's must carry no error). Throws naming the first difference.
 */
export async function checkFloorParity(
  bff: RunningService,
  floor: RunningService,
  requests: (path: string) => readonly LoadRequest[],
): Promise<ParityReport> {
  const bffRequests = requests(bff.spec.path);
  const floorRequests = requests(floor.spec.path);
  let sameBytes = true;
  let bytes = 0;
  for (const [index, request] of bffRequests.entries()) {
    const expected = await send(new URL(bff.url).origin, request);
    const actual = await send(new URL(floor.url).origin, floorRequests[index] ?? request);
    const difference = firstDifference(JSON.parse(expected), JSON.parse(actual));
    if (expected.includes('"errors"')) throw new Error(`the BFF answered with errors: ${expected}`);
    if (difference) throw new Error(`floor JSON differs from the BFF's at ${difference}`);
    sameBytes &&= expected === actual;
    bytes = Math.max(bytes, expected.length);
  }
  return { checked: bffRequests.length, sameBytes, bytes };
}

async function send(origin: string, request: LoadRequest): Promise<string> {
  const response = await fetch(origin + request.path, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${origin}${request.path} answered ${response.status}: ${text}`);
  return text;
}
