import { createAuthFailureThrottle } from '../../../services/edge/client-address/auth-failure-throttle';

describe('createAuthFailureThrottle', () => {
  it('lets an address try until it has failed `failures` times, then blocks it for the window', async () => {
    const throttle = createAuthFailureThrottle({ failures: 3, windowSec: 60 });
    for (let i = 0; i < 3; i++) {
      expect(await throttle.blockedFor('10.0.0.1')).toBe(0);
      await throttle.recordFailure('10.0.0.1');
    }
    const retryAfter = await throttle.blockedFor('10.0.0.1');
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('keeps separate counts per address', async () => {
    const throttle = createAuthFailureThrottle({ failures: 1 });
    await throttle.recordFailure('10.0.0.1');
    expect(await throttle.blockedFor('10.0.0.1')).toBeGreaterThan(0);
    expect(await throttle.blockedFor('10.0.0.2')).toBe(0);
  });

  it('defaults to 30 failures', async () => {
    const throttle = createAuthFailureThrottle();
    for (let i = 0; i < 29; i++) await throttle.recordFailure('::1');
    expect(await throttle.blockedFor('::1')).toBe(0);
    await throttle.recordFailure('::1');
    expect(await throttle.blockedFor('::1')).toBeGreaterThan(0);
  });
});
