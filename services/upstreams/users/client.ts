import { USERS_BATCH_MAX } from '../../contracts';
import { type CallContext } from '../call-context';
import { chunk, unique } from '../chunk';
import { assertValidIds } from '../input-guards';
import { type RestTransport } from '../rest/rest-transport';
import { decodeWire } from '../wire/decode-wire';
import { type User } from './types';
import { toUser, toUsers } from './wire';

export interface UsersClient {
  /** GET /users/:id; NOT_FOUND when the user does not exist. */
  getUser(ctx: CallContext, id: string): Promise<User>;
  /** GET /users?ids=a,b in chunks of USERS_BATCH_MAX; unknown ids are absent from the map. */
  batchGetUsers(ctx: CallContext, ids: readonly string[]): Promise<Map<string, User>>;
}

export function createUsersClient(rest: RestTransport): UsersClient {
  const { upstream } = rest;
  return {
    async getUser(ctx, id) {
      assertValidIds(upstream, [id]);
      const body = await rest.request(ctx, {
        operation: 'getUser',
        method: 'GET',
        path: `/users/${id}`,
      });
      return decodeWire(upstream, body, (payload) => toUser(payload, 'body'));
    },
    async batchGetUsers(ctx, ids) {
      const wanted = unique(ids);
      assertValidIds(upstream, wanted);
      const pages = await Promise.all(
        chunk(wanted, USERS_BATCH_MAX).map(async (slice) => {
          const body = await rest.request(ctx, {
            operation: 'batchGetUsers',
            method: 'GET',
            path: '/users',
            query: { ids: slice.join(',') },
            batchSize: slice.length,
          });
          return decodeWire(upstream, body, toUsers);
        }),
      );
      return new Map(pages.flat().map((user) => [user.id, user]));
    },
  };
}
