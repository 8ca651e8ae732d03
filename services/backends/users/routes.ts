import { USERS_BATCH_MAX, type UsersBatchResponse } from '../../contracts';
import { BackendError } from '../common/backend-error';
import type { ResolvedBackendOptions } from '../common/backend-options';
import { assertValidId, assertValidIds, knownInOrder } from '../common/ids';
import { type QueryValue, requireParam, splitIdList } from '../common/query-params';
import { admitRest, type RestApp } from '../common/rest-app';
import type { SampleData, UserRecord } from '../data/types';

/** GET /users/:id and GET /users?ids=a,b,c, as documented in contracts/rest/users-api.ts. */
export function registerUserRoutes(
  app: RestApp,
  options: ResolvedBackendOptions,
  data: SampleData,
): void {
  app.get<{ Params: { id: string } }>('/users/:id', async (request): Promise<UserRecord> => {
    const { id } = request.params;
    await admitRest(options, request, 'getUser', [id]);
    assertValidId(id, 'id');
    const user = data.usersById.get(id);
    if (!user) throw new BackendError('NOT_FOUND', 'No such user.');
    return user;
  });

  app.get<{ Querystring: { ids?: QueryValue } }>(
    '/users',
    async (request): Promise<UsersBatchResponse> => {
      const ids = splitIdList(request.query.ids);
      await admitRest(options, request, 'batchGetUsers', ids);
      requireParam(request.query.ids, 'ids');
      assertValidIds(ids, USERS_BATCH_MAX, 'ids');
      // Unknown ids are absent: the caller aligns results to its keys.
      return { users: knownInOrder(ids, (id) => data.usersById.get(id)) };
    },
  );
}
