import { ORDER_HISTORY_PLAN } from '../../../scripts/bench/critical-path/measure-critical-path';
import { phasesOf, type RequestMarks } from '../../../scripts/bench/critical-path/phases';

// OrderHistory as a BFF serves it: users and orders at 1 ms; orders answer at 22, users at 23
// (after the second wave was sent: it waited for orders only); the second wave leaves at
// 22.5-22.7 and the last answer arrives at 46; the response ends at 47.5.
const orderHistory: RequestMarks = {
  start: 0,
  calls: [
    { upstream: 'users', sent: 1, answered: 23 },
    { upstream: 'orders', sent: 1.2, answered: 22 },
    { upstream: 'catalog', sent: 22.5, answered: 45 },
    { upstream: 'inventory', sent: 22.6, answered: 46 },
    { upstream: 'reviews', sent: 22.7, answered: 44 },
  ],
  end: 47.5,
};

describe('phasesOf', () => {
  it('counts ingress, the gap after the answer the second wave waited for, and the tail', () => {
    const phases = phasesOf(orderHistory, ORDER_HISTORY_PLAN);
    expect(phases?.ingressMs).toBeCloseTo(1);
    // From the orders answer (22), not the later users answer.
    expect(phases?.betweenWavesMs).toBeCloseTo(0.5);
    expect(phases?.tailMs).toBeCloseTo(1.5);
    expect(phases?.ownMs).toBeCloseTo(3);
    expect(phases?.totalMs).toBeCloseTo(47.5);
  });

  it('reads marks in any order', () => {
    const shuffled = { ...orderHistory, calls: [...orderHistory.calls].reverse() };
    expect(phasesOf(shuffled, ORDER_HISTORY_PLAN)).toEqual(
      phasesOf(orderHistory, ORDER_HISTORY_PLAN),
    );
  });

  it('has nothing to say of a request without the plan’s waves', () => {
    const usersOnly: RequestMarks = {
      start: 0,
      calls: [{ upstream: 'users', sent: 1, answered: 22 }],
      end: 23,
    };
    const unanswered: RequestMarks = {
      ...orderHistory,
      calls: orderHistory.calls.map((c) =>
        c.upstream === 'orders' ? { ...c, answered: undefined } : c,
      ),
    };
    expect(phasesOf(usersOnly, ORDER_HISTORY_PLAN)).toBeUndefined();
    expect(phasesOf(unanswered, ORDER_HISTORY_PLAN)).toBeUndefined();
  });
});
