import { isRecord, list, record, text, type Json } from './narrow';
import { readText } from './project-files';

export const DASHBOARD_FILE = 'deploy/grafana/dashboards/frontdoor.json';

export function dashboard(): Json {
  return record(JSON.parse(readText(DASHBOARD_FILE)) as unknown, DASHBOARD_FILE);
}

/** Every panel, rows included, with nested row panels flattened. */
export function panels(): Json[] {
  const top = list(dashboard().panels, 'panels').map((p, i) => record(p, `panels[${i}]`));
  return top.flatMap((p) => [p, ...list(p.panels ?? [], 'row panels').map((c) => record(c, 'p'))]);
}

export interface Query {
  readonly panel: string;
  readonly expr: string;
}

/** Every PromQL expression: panel targets and query variables. */
export function queries(): Query[] {
  const fromPanels = panels().flatMap((p) =>
    list(p.targets ?? [], 'targets').map((t) => ({
      panel: text(p.title, 'title'),
      expr: text(record(t, 'target').expr, 'expr'),
    })),
  );
  const fromVariables = variables()
    .filter((v) => v.type === 'query')
    .map((v) => ({ panel: `$${String(v.name)}`, expr: variableQuery(v) }));
  return [...fromPanels, ...fromVariables];
}

export function variables(): Json[] {
  const templating = record(dashboard().templating, 'templating');
  return list(templating.list, 'templating.list').map((v) => record(v, 'variable'));
}

/** `label_values(metric{...}, label)` → its selector, which is plain PromQL. */
function variableQuery(variable: Json): string {
  const query = isRecord(variable.query) ? variable.query.query : variable.query;
  const match = /^label_values\((.*),\s*\w+\)$/.exec(text(query, 'variable query'));
  return match?.[1] ?? text(query, 'variable query');
}

/** Label names a PromQL expression matches on or groups by. */
export function labelNames(expr: string): Set<string> {
  const names = new Set<string>();
  for (const [, matchers = ''] of expr.matchAll(/\{([^}]*)\}/g)) {
    for (const [, name] of matchers.matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)) if (name) names.add(name);
  }
  for (const [, group = ''] of expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)) {
    for (const name of group.split(',').map((s) => s.trim())) if (name) names.add(name);
  }
  return names;
}
