import { EDGE_DEFAULTS } from '../../../services/edge';
import { BFFS, KEYS_READ_ELSEWHERE, bffSpec, drainGraceMs, keysReadBy } from './support/bffs';
import { configMapData, podEnv } from './support/bff-manifests';
import { composeServices, serviceEnv } from './support/compose';
import { envKeysReadUnder } from './support/env-keys';
import { findManifest, mainContainer, podSpec } from './support/kubernetes';
import { metricNamesInSource } from './support/metrics';
import { at, list } from './support/narrow';
import { readText } from './support/project-files';

const doc = readText('docs/operations.md');
const documented = (key: string): boolean => doc.includes(`\`${key}\``);
/** The table row whose first cell is `name` (in backticks). */
const row = (name: string): string =>
  doc.split('\n').find((line) => line.startsWith(`| \`${name}\``)) ?? '';

describe('docs/operations.md', () => {
  it('documents every environment variable services/ reads', () => {
    expect([...envKeysReadUnder()].filter((key) => !documented(key))).toEqual([]);
  });

  it('documents every variable each BFF reads and every one the deploy files add', () => {
    const keys = [
      ...BFFS.flatMap((bff) => [...keysReadBy(bff)]),
      ...Object.keys(KEYS_READ_ELSEWHERE),
    ];
    expect(keys.filter((key) => !documented(key))).toEqual([]);
  });

  it.each(BFFS.map((bff) => [bff.name, bff] as const))(
    'gives %s its GraphQL port, the path its server mounts, and its admin port',
    (name, bff) => {
      const { port, adminPort } = EDGE_DEFAULTS[bff.client];
      expect(readText(`services/${name}/server.ts`)).toContain(`path: '${bff.graphqlPath}'`);
      expect(row(name)).toContain(`${port}, \`${bff.graphqlPath}\``);
      expect(row(name)).toContain(`| ${adminPort} `);
    },
  );

  it('gives each sample backend its port', () => {
    for (const name of ['users', 'orders', 'catalog', 'inventory', 'reviews']) {
      expect(row(name)).toContain(`| ${serviceEnv(name).PORT} (`);
    }
  });

  it('names every compose service', () => {
    const missing = Object.keys(composeServices()).filter(
      (name) => !new RegExp(`\\b${name}\\b`, 'i').test(doc),
    );
    expect(missing).toEqual([]);
  });

  it('lists exactly the frontdoor metrics services/ registers', () => {
    const inDoc = new Set(doc.match(/frontdoor_[a-z0-9_]+/g));
    expect([...inDoc].sort()).toEqual([...metricNamesInSource()].sort());
  });

  it('states the numeric defaults the ConfigMaps restate (which tests hold to the code)', () => {
    const rows = doc
      .split('\n')
      .map((line) => /^\| `([A-Z0-9_]+)`\s*\|\s*(\d+(?: \/ \d+)*)\s*\|/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(rows.length).toBeGreaterThan(20);
    const wrong = rows.flatMap(([, key = '', cell = '']) => {
      const values = cell.split(' / ');
      return BFFS.flatMap((bff, i) => {
        const actual = configMapData(bff)[key];
        const stated = values.length === 1 ? values[0] : values[i];
        // Empty in a ConfigMap means unset: that default lives elsewhere (the authenticator).
        const restated = actual !== undefined && actual !== '';
        return !restated || actual === stated ? [] : [`${key} ${bff.client}: ${stated}`];
      });
    });
    expect(wrong).toEqual([]);
  });

  it('states the stop timings the manifests use', () => {
    const web = bffSpec('web');
    const deployment = findManifest('Deployment', web.name).doc;
    const grace = String(podSpec(deployment).terminationGracePeriodSeconds);
    const pause = list(
      at(mainContainer(deployment), 'lifecycle', 'preStop', 'exec', 'command'),
      'preStop',
    );
    expect(doc).toContain(`terminationGracePeriodSeconds: ${grace}`);
    expect(doc).toContain(`\`preStop\` of \`sleep ${String(pause[1])}\``);
    const drainSec = drainGraceMs(podEnv(web)) / 1000;
    expect(doc).toContain(`\`DRAIN_GRACE_MS\` (${drainSec} s`);
  });
});
