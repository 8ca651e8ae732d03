import { CIRCUIT_STATE_VALUE } from '../../../services/upstreams/resilience/circuit-state';
import { BFFS } from './support/bffs';
import { dashboard, labelNames, panels, queries, variables } from './support/dashboard';
import { defaultMetricNames, frontdoorMetricLabels, metricNamesInSource } from './support/metrics';
import { at, list, num, record } from './support/narrow';
import { readText } from './support/project-files';
import { baseMetric, metricNames } from './support/promql';

const DS = { type: 'prometheus', uid: '${DS_PROMETHEUS}' };
// Labels Prometheus adds on scrape, and the bucket bound of histograms.
const SCRAPE_LABELS = ['job', 'instance', 'le'];

const queried = (): Set<string> =>
  new Set(queries().flatMap(({ expr }) => [...metricNames(expr)].map(baseMetric)));

describe('Grafana dashboard', () => {
  it('is an importable dashboard with a stable uid', () => {
    expect(dashboard()).toMatchObject({ uid: 'frontdoor', title: 'frontdoor' });
    expect(typeof dashboard().schemaVersion).toBe('number');
  });

  it('takes its data source from the ${DS_PROMETHEUS} variable everywhere', () => {
    expect(variables()).toContainEqual(
      expect.objectContaining({ name: 'DS_PROMETHEUS', type: 'datasource', query: 'prometheus' }),
    );
    for (const panel of panels().filter((p) => p.type !== 'row')) {
      expect(panel.datasource).toEqual(DS);
      for (const target of list(panel.targets, 'targets')) {
        expect(record(target, 'target').datasource).toEqual(DS);
      }
    }
    for (const variable of variables().filter((v) => v.type === 'query')) {
      expect(variable.datasource).toEqual(DS);
    }
  });

  it('queries the BFF, upstream, breaker and event-loop metrics', () => {
    expect([...queried()]).toEqual(
      expect.arrayContaining([
        'frontdoor_http_requests_total',
        'frontdoor_http_request_duration_seconds',
        'frontdoor_upstream_requests_total',
        'frontdoor_upstream_request_duration_seconds',
        'frontdoor_upstream_batch_size',
        'frontdoor_upstream_circuit_state',
        'nodejs_eventloop_lag_seconds',
      ]),
    );
    expect(queries().some(({ expr }) => expr.includes('status="429"'))).toBe(true);
  });

  it('queries only frontdoor metrics that services/ registers', () => {
    const registered = metricNamesInSource();
    const frontdoor = [...queried()].filter((name) => name.startsWith('frontdoor_'));
    expect(frontdoor.filter((name) => !registered.has(name))).toEqual([]);
  });

  it('queries only prom-client default metrics that every BFF collects', async () => {
    const defaults = await defaultMetricNames();
    const runtime = [...queried()].filter((name) => !name.startsWith('frontdoor_'));
    expect(runtime.filter((name) => !defaults.has(name))).toEqual([]);
    for (const bff of BFFS) {
      expect(readText(`services/${bff.name}/server.ts`)).toContain('collectDefaultMetrics(');
    }
  });

  it('filters and groups frontdoor metrics only by labels they carry', async () => {
    const labels = await frontdoorMetricLabels();
    const wrong = queries().flatMap(({ panel, expr }) =>
      [...metricNames(expr)].map(baseMetric).flatMap((metric) => {
        const known = labels.get(metric);
        if (!known) return [];
        const unknown = [...labelNames(expr)].filter(
          (l) => !known.has(l) && !SCRAPE_LABELS.includes(l),
        );
        return unknown.length > 0 ? [{ panel, metric, unknown }] : [];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('names breaker states with the values the gauge reports', () => {
    const panel = panels().find((p) => p.title === 'Circuit breaker state');
    const mappings = list(at(panel, 'fieldConfig', 'defaults', 'mappings'), 'mappings');
    const options = record(record(mappings[0], 'mapping').options, 'options');
    const shown = Object.fromEntries(
      Object.entries(options).map(([value, o]) => [record(o, value).text, Number(value)]),
    );
    expect(shown).toEqual(CIRCUIT_STATE_VALUE);
  });

  it('lays panels out on the 24-column grid without overlaps, with unique ids', () => {
    const ids = panels().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const boxes = panels().map((p) => {
      const { x, y, w, h } = record(p.gridPos, 'gridPos');
      return { title: p.title, x: num(x, 'x'), y: num(y, 'y'), w: num(w, 'w'), h: num(h, 'h') };
    });
    expect(boxes.filter((b) => b.x < 0 || b.x + b.w > 24).map((b) => b.title)).toEqual([]);
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        .map((b) => `${String(a.title)} / ${String(b.title)}`),
    );
    expect(overlaps).toEqual([]);
  });
});
