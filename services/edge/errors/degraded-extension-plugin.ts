import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Graceful degradation, said out loud: when data is served while some backends failed (their
 * fields null, each with an error naming the upstream), `extensions.degraded` lists those
 * backends once, so a client can show "ratings unavailable" without reading every error.
 */
export function degradedExtensionPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.data || !result.errors) return;
          const upstreams = new Set<string>();
          for (const error of result.errors) {
            const upstream = error.extensions?.upstream;
            if (typeof upstream === 'string') upstreams.add(upstream);
          }
          if (upstreams.size === 0) return;
          result.extensions = { ...result.extensions, degraded: [...upstreams].sort() };
        },
      };
    },
  };
}
