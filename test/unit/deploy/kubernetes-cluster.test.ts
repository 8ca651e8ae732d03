import { K8S_DIR, manifests, mainContainer, podSpec } from './support/kubernetes';
import { at, list, record, text } from './support/narrow';
import { exists, listFiles, readYaml } from './support/project-files';

describe('Kubernetes manifests', () => {
  it('put every object in the frontdoor namespace', () => {
    const outside = manifests()
      .filter((m) => m.kind !== 'Namespace')
      .filter((m) => at(m.doc, 'metadata', 'namespace') !== 'frontdoor');
    expect(outside.map((m) => `${m.kind}/${m.name}`)).toEqual([]);
  });

  it('enforce the restricted Pod Security Standard on the namespace', () => {
    const namespace = manifests().find((m) => m.kind === 'Namespace');
    expect(at(namespace?.doc, 'metadata', 'labels')).toMatchObject({
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
  });

  it('run every pod non-root, read-only, without privileges (restricted)', () => {
    for (const { doc } of manifests().filter((m) => m.kind === 'Deployment')) {
      expect(podSpec(doc).securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(mainContainer(doc).securityContext).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ['ALL'] },
      });
    }
  });

  it('run Redis 7 for the shared rate-limit counters', () => {
    const redis = manifests().find((m) => m.kind === 'Deployment' && m.name === 'redis');
    expect(mainContainer(redis?.doc ?? {}).image).toBe('redis:7-alpine');
  });

  it('list every manifest file in a kustomization, and only files that exist', () => {
    const listed = listFiles(K8S_DIR, 'kustomization.yaml').flatMap((file) => {
      const dir = file.slice(0, -'kustomization.yaml'.length);
      const resources = list(record(readYaml(file), file).resources, `${file} resources`);
      return resources.map((r) => `${dir}${text(r, 'resource')}`);
    });
    for (const path of listed) expect(exists(path)).toBe(true);
    const manifestsFiles = listFiles(K8S_DIR, '.yaml').filter(
      (f) => !f.endsWith('kustomization.yaml'),
    );
    expect(manifestsFiles.filter((file) => !listed.includes(file))).toEqual([]);
  });
});
