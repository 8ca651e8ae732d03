// The explorer page's browser code, bundled by scripts/build-explorer.ts (esbuild) into
// dist/explorer/explorer.js. Plain JavaScript on purpose: the project installs no DOM or React
// type definitions, and this file never runs in Node. The server part lives in
// services/edge/explorer/ and hands this code its settings as JSON in the page.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { buildSchema } from 'graphql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher';
import { setupWorkers } from './workers';

// { endpoint, assetsPath, headers?, documents?, persistedOnly?, schemaSdl? }: see
// services/edge/explorer/explorer-page.ts.
const settings = JSON.parse(document.getElementById('explorer-settings')?.textContent ?? '{}');

setupWorkers(settings.assetsPath);

const headersText = JSON.stringify(settings.headers ?? {}, null, 2);
const tabs = (settings.documents ?? []).map((query) => ({ query, headers: headersText }));

createRoot(document.getElementById('explorer')).render(
  createElement(GraphiQL, {
    fetcher: createFetcher(settings),
    // A persisted-only BFF refuses the introspection document, so its page carries the SDL.
    schema: settings.schemaSdl ? buildSchema(settings.schemaSdl) : undefined,
    defaultHeaders: headersText,
    defaultEditorToolsVisibility: 'headers',
    ...(tabs.length > 0 ? { defaultTabs: tabs } : {}),
  }),
);
