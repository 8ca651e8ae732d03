/**
 * Bundles the explorer (GraphiQL, React, Monaco and its workers) from node_modules into
 * dist/explorer/ with esbuild: no CDN, so it works offline. `npm run build` runs it
 * (postbuild); the explorer test runs it on demand. The BFFs serve the folder in development.
 *   npm run build:explorer [-- <outDir>]
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from '../services/shared';

/** The files the edge serves; editor, json and graphql workers are named by workers.js. */
export const EXPLORER_ENTRIES = {
  explorer: 'scripts/explorer/explorer-app.js',
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
} as const;

export function defaultExplorerDir(): string {
  return join(projectRoot(), 'dist', 'explorer');
}

export async function buildExplorer(outDir = defaultExplorerDir()): Promise<void> {
  const root = projectRoot();
  rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: EXPLORER_ENTRIES,
    outdir: outDir,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    // Monaco's icon font goes into the CSS, so every asset is text the edge can serve as is.
    loader: { '.ttf': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}

if (require.main === module) {
  buildExplorer(process.argv[2]).then(
    () =>
      process.stdout.write(`explorer bundled into ${process.argv[2] ?? defaultExplorerDir()}\n`),
    (error: unknown) => {
      process.stderr.write(
        `build-explorer: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
