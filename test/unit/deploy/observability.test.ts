import { EDGE_DEFAULTS } from '../../../services/edge';
import { BFFS } from './support/bffs';
import { composeService, composeServices, publishedPorts, serviceEnv } from './support/compose';
import { at, list, record, text } from './support/narrow';
import { exists, readYaml } from './support/project-files';

/** A service's bind mounts as { source, target }, sources relative to the repository. */
function mounts(name: string): { source: string; target: string }[] {
  return list(composeService(name).volumes ?? [], `${name}.volumes`).map((v, i) => {
    const [source = '', target = ''] = text(v, `${name}.volumes[${i}]`).split(':');
    return { source: source.replace(/^\.\//, ''), target };
  });
}

function mountTarget(name: string, source: string): string | undefined {
  return mounts(name).find((m) => m.source === source)?.target;
}

describe('observability stack', () => {
  it('mounts only files and folders that exist in the repository', () => {
    const missing = Object.keys(composeServices()).flatMap((name) =>
      mounts(name)
        .filter(({ source }) => !exists(source))
        .map(({ source }) => `${name}: ${source}`),
    );
    expect(missing).toEqual([]);
  });

  it('Prometheus scrapes /metrics on each BFF admin port', () => {
    const config = readYaml('deploy/prometheus/prometheus.yml');
    const jobs = list(at(config, 'scrape_configs'), 'scrape_configs').map((j) => record(j, 'job'));
    const bffJob = jobs.find((job) => job.job_name === 'frontdoor-bff');
    expect(bffJob?.metrics_path).toBe('/metrics');
    const targets = list(bffJob?.static_configs, 'static_configs').flatMap((c) =>
      list(record(c, 'static_config').targets, 'targets').map(String),
    );
    const expected = BFFS.map((bff) => `${bff.name}:${EDGE_DEFAULTS[bff.client].adminPort}`);
    expect(targets.sort()).toEqual(expected.sort());
    for (const bff of BFFS) {
      expect(serviceEnv(bff.name).ADMIN_PORT).toBe(String(EDGE_DEFAULTS[bff.client].adminPort));
    }
    expect(mountTarget('prometheus', 'deploy/prometheus/prometheus.yml')).toBe(
      '/etc/prometheus/prometheus.yml',
    );
  });

  it('the collector receives OTLP/HTTP where the services send it and exports to Jaeger', () => {
    const config = readYaml('deploy/otel-collector/config.yaml');
    const http = text(at(config, 'receivers', 'otlp', 'protocols', 'http', 'endpoint'), 'http');
    const endpoint = new URL(serviceEnv('bff-web').OTEL_EXPORTER_OTLP_ENDPOINT ?? '');
    expect(endpoint.hostname).toBe('otel-collector');
    expect(http).toBe(`0.0.0.0:${endpoint.port}`);
    const exporter = record(at(config, 'exporters', 'otlp_grpc/jaeger'), 'exporter');
    const [host, port] = text(exporter.endpoint, 'exporter endpoint').split(':');
    expect(composeServices()[host ?? '']).toBeDefined();
    expect(port).toBe('4317');
    expect(mountTarget('otel-collector', 'deploy/otel-collector/config.yaml')).toBe(
      '/etc/otelcol-contrib/config.yaml',
    );
  });

  it('every collector pipeline uses components the config defines, memory_limiter first', () => {
    const config = record(readYaml('deploy/otel-collector/config.yaml'), 'collector');
    const pipelines = record(at(config, 'service', 'pipelines'), 'pipelines');
    expect(Object.keys(pipelines)).toContain('traces');
    for (const [name, value] of Object.entries(pipelines)) {
      const pipeline = record(value, name);
      for (const kind of ['receivers', 'processors', 'exporters']) {
        const defined = Object.keys(record(config[kind], kind));
        for (const used of list(pipeline[kind], `${name}.${kind}`)) expect(defined).toContain(used);
      }
      expect(list(pipeline.processors, 'processors')[0]).toBe('memory_limiter');
    }
  });

  it('Jaeger serves its UI on 16686', () => {
    expect(publishedPorts('jaeger')).toContainEqual({ host: 16686, container: 16686 });
  });

  it('Grafana reads Prometheus and loads the dashboard folder compose mounts', () => {
    const sources = readYaml('deploy/grafana/provisioning/datasources/prometheus.yaml');
    const prometheus = record(at(sources, 'datasources', 0), 'datasource');
    expect(prometheus).toMatchObject({ type: 'prometheus', isDefault: true });
    const url = new URL(text(prometheus.url, 'url'));
    expect(publishedPorts(url.hostname)).toContainEqual({
      host: Number(url.port),
      container: Number(url.port),
    });
    const providers = readYaml('deploy/grafana/provisioning/dashboards/frontdoor.yaml');
    const path = at(providers, 'providers', 0, 'options', 'path');
    expect(mountTarget('grafana', 'deploy/grafana/dashboards')).toBe(path);
    expect(mountTarget('grafana', 'deploy/grafana/provisioning')).toBe('/etc/grafana/provisioning');
    const home = serviceEnv('grafana').GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH;
    expect(home).toBe(`${String(path)}/frontdoor.json`);
    expect(exists('deploy/grafana/dashboards/frontdoor.json')).toBe(true);
  });
});
