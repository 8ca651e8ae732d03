import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { StaticRoute } from '../http/static-routes';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The bundle as static routes, read once at start (development only; a few MB). Every file is
 * text: the build inlines fonts. `no-cache` plus the ETag: a rebuilt bundle shows on reload.
 * undefined when the bundle has not been built.
 */
export function readExplorerAssets(dir: string, urlPath: string): StaticRoute[] | undefined {
  if (!existsSync(join(dir, 'explorer.js'))) return undefined;
  return readdirSync(dir)
    .filter((file) => CONTENT_TYPES[extname(file)] !== undefined)
    .sort()
    .map((file) => ({
      path: `${urlPath}/${file}`,
      contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      body: readFileSync(join(dir, file), 'utf8'),
      cacheControl: 'no-cache',
    }));
}
