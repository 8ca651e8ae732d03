import { BFFS, KEYS_READ_ELSEWHERE, keysReadBy, loadBff, loadedText } from './support/bffs';
import { configMapData, containerEnv, podEnv } from './support/bff-manifests';
import { keysThatChangeDefaults } from './support/defaults';
import { findManifest } from './support/kubernetes';
import { at, list, record } from './support/narrow';
import { exists } from './support/project-files';

const cases = BFFS.map((bff) => [bff.name, bff] as const);

describe.each(cases)('Kubernetes ConfigMap: %s', (name, bff) => {
  const data = configMapData(bff);

  it('starts the BFF in production; the credential file is only recorded as a path', () => {
    expect(data.NODE_ENV).toBe('production');
    const path = data[bff.credentialFileKey] ?? '';
    expect(path).toMatch(/^\//);
    expect(() => loadBff(bff, podEnv(bff))).not.toThrow();
    expect(loadedText(bff, podEnv(bff))).toContain(JSON.stringify(path));
  });

  it('lists every non-secret variable the BFF reads', () => {
    const skipped = new Set(bff.alternatives);
    const missing = [...keysReadBy(bff)].filter((key) => !skipped.has(key) && !(key in data));
    expect(missing).toEqual([]);
  });

  it('lists only variables the BFF reads, or that a library reads', () => {
    const known = new Set([...keysReadBy(bff), ...Object.keys(KEYS_READ_ELSEWHERE)]);
    expect(Object.keys(data).filter((key) => !known.has(key))).toEqual([]);
    expect(Object.keys(data).filter((key) => bff.alternatives.includes(key))).toEqual([]);
    const direct = Object.keys(containerEnv(findManifest('Deployment', name).doc));
    expect(direct.filter((key) => !known.has(key))).toEqual([]);
  });

  it('restates the code defaults exactly, apart from deployment choices', () => {
    expect(keysThatChangeDefaults(bff, podEnv(bff))).toEqual([]);
  });

  it('points file paths inside the image at files the image holds', () => {
    const inImage = Object.values(data).filter((value) => value.startsWith('/app/'));
    for (const path of inImage) expect(exists(path.slice('/app/'.length))).toBe(true);
  });

  it('finds Redis at the redis Service', () => {
    const url = new URL(data.REDIS_URL ?? '');
    const service = findManifest('Service', url.hostname).doc;
    const ports = list(at(service, 'spec', 'ports'), 'ports').map((p) => record(p, 'port').port);
    expect(ports).toContain(Number(url.port));
  });
});
