import type { LoadRequest } from '../load/run-load';
import type { ServiceId } from '../stack/service-specs';

/** What a scenario is to the targets: the product, the batching-off BFF, or the floor. */
export type Role = 'bff' | 'naive' | 'floor';

/** Development credentials, minted the way a developer gets them. */
export interface Credentials {
  /** A web JWT for `subject`. */
  web(subject: string): string;
  /** `npm run -s token -- <client>`; throws naming the client when the script cannot. */
  cli(client: 'mobile' | 'partner'): string;
}

/**
 * One operation against one service. A new one is an entry in scenario-list.ts: which
 * service serves it and the requests to rotate through.
 */
export interface Scenario {
  /** Stable id, used by --only and in the JSON. */
  readonly id: string;
  /** Row label, e.g. "web OrderHistory". */
  readonly label: string;
  /** Operation name; the targets compare roles of the same operation. */
  readonly operation: string;
  readonly role: Role;
  readonly service: ServiceId;
  /** The requests every connection cycles through, sent to `path` of the service. */
  requests(credentials: Credentials, path: string): LoadRequest[];
}

/** A 2xx GraphQL (or floor) body that carries an `errors` entry is a failure too. */
export function bodyHasNoErrors(body: string): boolean {
  return !body.includes('"errors"');
}

/** A JSON POST, as a GraphQL client sends it. */
export function jsonPost(
  path: string,
  headers: Record<string, string>,
  body: unknown,
): LoadRequest {
  return {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  };
}
