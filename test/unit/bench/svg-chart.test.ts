import { escapeXml, renderBarChart } from '../../../scripts/bench/report/svg-chart';

describe('renderBarChart', () => {
  const svg = renderBarChart('bench <run>', [
    {
      title: 'Throughput',
      unit: 'req/s',
      rows: [
        { label: 'web & co', value: 500, role: 'bff' },
        { label: 'floor', value: 1000, role: 'floor' },
      ],
    },
    { title: 'p99', unit: 'ms', rows: [{ label: 'web', value: NaN, role: 'bff' }] },
  ]);

  it('is one escaped SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('bench &lt;run&gt;');
    expect(svg).toContain('web &amp; co');
  });

  it('scales bars to the largest value of their panel', () => {
    const widths = [...svg.matchAll(/<rect x="330" y="\d+" width="([\d.]+)" height="16"/g)].map(
      (m) => Number(m[1]),
    );
    expect(widths[1]).toBeCloseTo(2 * (widths[0] ?? 0), 1);
    expect(widths[2]).toBe(1); // an unmeasured value still draws a hairline, not NaN
    expect(svg).toContain('>n/a</text>');
  });
});

describe('escapeXml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeXml(`<a href="x">&`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;');
  });
});
