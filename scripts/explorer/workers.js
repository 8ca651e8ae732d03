/**
 * Monaco (GraphiQL 5's editor) runs its language services in web workers. graphiql ships
 * setups for Vite, webpack and a CDN; this is the esbuild one: each worker is its own bundle
 * in the assets folder, served by the BFF itself, so the explorer works offline.
 */
export function setupWorkers(assetsPath) {
  const worker = (name) => new Worker(`${assetsPath}/${name}.worker.js`, { type: 'module' });
  globalThis.MonacoEnvironment = {
    getWorker(_workerId, label) {
      if (label === 'json') return worker('json');
      if (label === 'graphql') return worker('graphql');
      return worker('editor');
    },
  };
}
