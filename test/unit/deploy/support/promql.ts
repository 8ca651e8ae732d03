/** PromQL words that are neither functions (followed by `(`) nor metric names. */
const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'bool',
  'and',
  'or',
  'unless',
  'offset',
]);

/**
 * The metric names a PromQL expression selects. Enough PromQL for dashboards: label matchers,
 * ranges, strings and grouping clauses are removed first, then every identifier that is not a
 * function call or a keyword is a metric name.
 */
export function metricNames(expr: string): Set<string> {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/\b([A-Za-z_:][\w:]*)\b(\s*\()?/g)) {
    const [, name = '', call] = match;
    if (!call && !KEYWORDS.has(name) && !/^\d/.test(name)) names.add(name);
  }
  return names;
}

/** The metric a histogram or summary series belongs to: `x_bucket`, `x_sum`, `x_count` → `x`. */
export function baseMetric(series: string): string {
  return series.replace(/_(?:bucket|sum|count)$/, '');
}
