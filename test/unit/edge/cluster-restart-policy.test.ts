import { DEFAULT_RESTART_POLICY } from '../../../services/edge';
import { decideRestart } from '../../../services/edge/runtime/cluster/restart-policy';

describe('decideRestart', () => {
  const policy = DEFAULT_RESTART_POLICY;

  it('replaces a first death after the base delay, then doubles while the slot keeps dying', () => {
    const delays = [1, 2, 3, 4, 5].map((n) => {
      const crashes = Array.from({ length: n }, (_, i) => 1000 * i);
      return decideRestart(crashes, 1000 * (n - 1), policy);
    });
    expect(delays).toEqual(
      [100, 200, 400, 800, 1600].map((delayMs) => ({ restart: true, delayMs })),
    );
  });

  it('caps the delay at maxDelayMs', () => {
    const lenient = { ...policy, maxCrashes: 20 };
    const crashes = Array.from({ length: 10 }, (_, i) => i);
    expect(decideRestart(crashes, 9, lenient)).toEqual({ restart: true, delayMs: 5000 });
  });

  it('gives up past maxCrashes deaths within the window: a crash loop', () => {
    const crashes = [0, 1, 2, 3, 4, 5];
    expect(decideRestart(crashes, 5, policy)).toEqual({ restart: false, crashes: 6 });
  });

  it('forgets deaths older than the window: an occasional crash is always replaced', () => {
    const crashes = [0, 10_000, 20_000, 30_000, 40_000, 50_000, 130_000];
    expect(decideRestart(crashes, 130_000, policy)).toEqual({ restart: true, delayMs: 100 });
  });
});
