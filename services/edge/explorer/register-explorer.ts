import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { printSchema, type GraphQLSchema } from 'graphql';
import type pino from 'pino';
import { projectRoot } from '../../shared';
import { registerStaticRoutes } from '../http/static-routes';
import { readExplorerAssets } from './explorer-assets';
import type { ExplorerOptions, ExplorerTarget } from './explorer-options';
import {
  EXPLORER_CSP,
  explorerNotBuiltPage,
  explorerPage,
  type ExplorerSettings,
} from './explorer-page';

/**
 * A browser navigating to the GraphQL URL: GET, no query string, HTML accepted. A GraphQL GET
 * always carries `?query=` or `?extensions=`, so no GraphQL request is ever taken for one.
 */
function isBrowserNavigation(request: FastifyRequest, path: string): boolean {
  return (
    request.method === 'GET' &&
    request.url === path &&
    (request.headers.accept ?? '').toLowerCase().includes('text/html')
  );
}

/**
 * Serves GraphiQL at the GraphQL path to browsers, and its bundle under `assetsPath`. Register
 * it in the scope of the GraphQL route, before that route, so it answers first.
 */
export function registerExplorer(
  app: FastifyInstance,
  target: ExplorerTarget & { schema: GraphQLSchema; logger: pino.Logger },
  options: ExplorerOptions,
): void {
  const assetsDir = options.assetsDir ?? join(projectRoot(), 'dist', 'explorer');
  const assetsPath = options.assetsPath ?? '/explorer';
  const assets = readExplorerAssets(assetsDir, assetsPath);
  if (!assets) target.logger.warn({ assetsDir }, 'GraphQL explorer not built: npm run build');
  registerStaticRoutes(app, assets ?? []);
  const persisted = target.persistedByHash;
  const settings: ExplorerSettings = {
    endpoint: target.path,
    assetsPath,
    ...(persisted
      ? {
          persistedOnly: true,
          documents: [...persisted.values()],
          schemaSdl: printSchema(target.schema),
        }
      : {}),
  };
  app.addHook('onRequest', async (request, reply) => {
    if (!isBrowserNavigation(request, target.path)) return;
    const page = assets
      ? explorerPage(target.client, { ...settings, headers: options.headers?.() })
      : explorerNotBuiltPage(assetsDir);
    return reply
      .code(assets ? 200 : 503)
      .header('content-security-policy', EXPLORER_CSP)
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .type('text/html; charset=utf-8')
      .send(page);
  });
}
