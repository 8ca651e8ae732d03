import { fixed, markdownTable, ms } from '../../../scripts/bench/report/format';
import { resultsTable } from '../../../scripts/bench/report/results-table';
import { measurement } from './measurement-fixture';

describe('resultsTable', () => {
  it('prints one row per measurement, with failures in bold', () => {
    const table = resultsTable([measurement(), measurement({ failureCount: 2 })]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[1]).toMatch(/^\|---\|---:\|/);
    expect(table[2]).toBe(
      '| web OrderHistory | 0 ms | 32 | 125 | 2.00 | 3.00 | 5.00 | 1.50 | 1.00 | 120 | 5.0 | 0 | 0 |',
    );
    expect(table[3]).toMatch(/\| \*\*2\*\* \| 0 \|$/);
  });
});

describe('format', () => {
  it('shows unmeasured values as a dash and small latencies with two decimals', () => {
    expect(fixed(NaN, 1)).toBe('–');
    expect(ms(2.345)).toBe('2.35');
    expect(ms(43.21)).toBe('43.2');
  });

  it('right-aligns columns whose header starts with a colon', () => {
    expect(markdownTable(['a', ':b'], [['x', '1']])).toBe('| a | b |\n|---|---:|\n| x | 1 |');
  });
});
