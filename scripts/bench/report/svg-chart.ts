import type { Role } from '../scenarios/scenario';

export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly role: Role;
}

export interface ChartPanel {
  readonly title: string;
  /** Printed after each value, e.g. 'req/s'. */
  readonly unit: string;
  readonly rows: readonly BarRow[];
}

const WIDTH = 960;
const LABEL_WIDTH = 330;
const BAR_SPACE = WIDTH - LABEL_WIDTH - 110;
const ROW = 22;
const LEGEND_X = WIDTH - 270;
const TITLE = 34;
const GAP = 18;
const COLOURS: Readonly<Record<Role, string>> = {
  bff: '#2b6cb0',
  naive: '#dd6b20',
  floor: '#718096',
};

/**
 * Horizontal bar charts stacked vertically, one per panel, each scaled to its own largest
 * value. Plain SVG 1.1 with no script or external font, so it renders anywhere.
 */
export function renderBarChart(title: string, panels: readonly ChartPanel[]): string {
  const parts: string[] = [];
  let y = TITLE;
  for (const panel of panels) {
    parts.push(panelSvg(panel, y));
    y += TITLE + panel.rows.length * ROW + GAP;
  }
  const legend = (Object.keys(COLOURS) as Role[])
    .map(
      (role, i) =>
        `<rect x="${LEGEND_X + i * 90}" y="10" width="12" height="12" fill="${COLOURS[role]}"/>` +
        `<text x="${LEGEND_X + 18 + i * 90}" y="21">${role}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y}" viewBox="0 0 ${WIDTH} ${y}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="21" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    legend,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function panelSvg(panel: ChartPanel, top: number): string {
  const max = Math.max(0, ...panel.rows.map((r) => (Number.isFinite(r.value) ? r.value : 0)));
  const scale = max > 0 ? BAR_SPACE / max : 0;
  const rows = panel.rows.map((row, i) => {
    const y = top + TITLE + i * ROW;
    const measured = Number.isFinite(row.value);
    const width = Math.max(1, (measured ? row.value : 0) * scale);
    const text = measured ? `${formatValue(row.value)} ${escapeXml(panel.unit)}` : 'n/a';
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeXml(row.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" fill="${COLOURS[row.role]}"/>` +
      `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + 15}">${text}</text>`
    );
  });
  return [
    `<text x="10" y="${top + 24}" font-size="13" font-weight="bold">${escapeXml(panel.title)}</text>`,
    ...rows,
  ].join('\n');
}

function formatValue(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
