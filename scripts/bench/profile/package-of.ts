/**
 * Which package a profiled function belongs to, from its script URL: an npm package
 * (`graphql`, `@apollo/server`), a frontdoor module (`frontdoor/edge`), Node's own code
 * (`node core`), or V8's pseudo-frames (`(garbage collector)`, `(program)`).
 */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:') || !url.includes('/')) return 'node core';
  const modules = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (modules?.[1]) return modules[1];
  const own = /\/(?:dist\/)?(services\/[^/]+|scripts)\//.exec(url);
  if (own?.[1]) return `frontdoor/${own[1].replace(/^services\//, '')}`;
  return url;
}
