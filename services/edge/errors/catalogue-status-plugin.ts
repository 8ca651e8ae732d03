import type { ApolloServerPlugin } from '@apollo/server';
import { ERROR_CODES, isErrorCode } from '../../shared';

/**
 * Whole-request errors answer with the HTTP status the catalogue gives their code. Apollo
 * picks its own statuses for a few of them (e.g. 200 for PERSISTED_QUERY_NOT_SUPPORTED); a
 * client should be able to rely on one table, docs/errors.md.
 */
export function catalogueStatusPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const code = errors?.[0]?.extensions?.code;
          if (data !== undefined || !isErrorCode(code)) return;
          const spec = ERROR_CODES[code];
          if (spec.scope === 'request') response.http.status = spec.status;
        },
      };
    },
  };
}
