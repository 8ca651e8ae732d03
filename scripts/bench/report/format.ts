/** Fixed decimals, or an en dash for a value that was not measured. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

/** Milliseconds: two decimals below 10 ms, where a tenth of a millisecond matters, else one. */
export function ms(value: number): string {
  return fixed(value, Math.abs(value) < 10 ? 2 : 1);
}

/** A Markdown table; cells must not contain `|`. */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((h) => (h.startsWith(':') ? '---:' : '---'));
  return [
    line(header.map((h) => h.replace(/^:/, ''))),
    `|${rule.map((r) => `${r}|`).join('')}`,
    ...rows.map(line),
  ].join('\n');
}
