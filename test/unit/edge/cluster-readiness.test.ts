import { clusterReadiness } from '../../../services/edge/runtime/cluster/cluster-readiness';

const ready = (checks: Record<string, boolean> = { users: true }) => ({ ready: true, checks });

describe('clusterReadiness', () => {
  it('is ready when every expected worker answers ready', () => {
    expect(clusterReadiness(2, [ready(), ready()])).toEqual({
      ready: true,
      checks: { users: true, workers: true },
    });
  });

  it('is not ready while a worker is missing (starting, being replaced) or silent', () => {
    expect(clusterReadiness(2, [ready()])).toEqual({
      ready: false,
      checks: { users: true, workers: false },
    });
    expect(clusterReadiness(2, [ready(), undefined]).ready).toBe(false);
  });

  it('ANDs each backend check across workers', () => {
    const reports = [
      ready({ users: true, catalog: true }),
      { ready: false, checks: { users: false, catalog: true } },
    ];
    expect(clusterReadiness(2, reports)).toEqual({
      ready: false,
      checks: { users: false, catalog: true, workers: true },
    });
  });

  it('is not ready while a worker drains', () => {
    const draining = { ready: false, draining: true as const, checks: {} };
    expect(clusterReadiness(2, [ready(), draining])).toEqual({
      ready: false,
      checks: { users: true, workers: false },
    });
  });
});
