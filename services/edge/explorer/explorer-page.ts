/** What the browser code (scripts/explorer/explorer-app.js) reads from the page. */
export interface ExplorerSettings {
  endpoint: string;
  assetsPath: string;
  headers?: Readonly<Record<string, string>>;
  /** Documents opened as tabs, exactly as written (their hashes depend on it). */
  documents?: readonly string[];
  /** Sends SHA-256 hashes instead of documents (persisted-only BFFs). */
  persistedOnly?: boolean;
  /** The schema for a BFF whose fetcher cannot introspect. */
  schemaSdl?: string;
}

/**
 * The page carries a token, so it runs only the BFF's own bundle: no inline or remote script,
 * and it talks to its own origin only. Monaco sets inline styles and inlines its icon font.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON inside <script type="application/json">: `<` escaped so no `</script>` can close it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function explorerPage(client: string, settings: ExplorerSettings): string {
  const assets = escapeHtml(settings.assetsPath);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>frontdoor ${escapeHtml(client)} · GraphQL explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${assets}/explorer.css" />
    <style>html, body, #explorer { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="explorer"></div>
    <script id="explorer-settings" type="application/json">${scriptJson(settings)}</script>
    <script type="module" src="${assets}/explorer.js"></script>
  </body>
</html>
`;
}

/** Served instead when the bundle is missing, so the fix is one command away. */
export function explorerNotBuiltPage(assetsDir: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>GraphQL explorer not built</title></head>
  <body>
    <p>The GraphQL explorer is not built: run <code>npm run build</code> (or
    <code>npm run build:explorer</code>), then reload. Looked in ${escapeHtml(assetsDir)}.</p>
  </body>
</html>
`;
}
