/**
 * GraphiQL for frontend teams, served at the GraphQL URL to browsers in development. The
 * runtime serves it only when introspection is on and the mode is not production.
 */
export interface ExplorerOptions {
  /** Folder holding the bundle `npm run build` writes. Default: `<project root>/dist/explorer`. */
  assetsDir?: string;
  /** URL path the bundle is served under. Default: '/explorer'. */
  assetsPath?: string;
  /**
   * Request headers pre-filled in the editor and sent by default, asked for on each page view
   * (so a minted development token is always fresh), e.g. `{ authorization: 'Bearer …' }`.
   * Default: none.
   */
  headers?: () => Readonly<Record<string, string>>;
}

/** What the edge knows about the endpoint the explorer talks to. */
export interface ExplorerTarget {
  /** The GraphQL path, where the page is served too. */
  path: string;
  /** Shown in the page title: 'web', 'mobile'... */
  client: string;
  /**
   * A persisted-only BFF's operations (hash → exact text): opened as tabs and sent by hash,
   * with the printed schema in the page since introspection cannot run by hash.
   */
  persistedByHash?: ReadonlyMap<string, string>;
}
