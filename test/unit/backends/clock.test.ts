import { isoAt } from '../../../services/backends/data/clock';
import { createPrng } from '../../../services/backends/data/prng';

describe('isoAt', () => {
  it('formats exactly as Date#toISOString for instants after 1970', () => {
    const prng = createPrng('clock-test');
    const samples = [0, 999, 86_399_999, Date.UTC(2024, 1, 29, 23, 59, 59, 5)];
    for (let i = 0; i < 2_000; i++) samples.push(prng.int(0, 4_102_444_800_000));
    for (const ms of samples) expect(isoAt(ms)).toBe(new Date(ms).toISOString());
  });
});

describe('createPrng', () => {
  it('repeats the same sequence for the same name and differs for another', () => {
    const take = (name: string) => Array.from({ length: 5 }, createPrng(name).next);
    expect(take('a')).toEqual(take('a'));
    expect(take('a')).not.toEqual(take('b'));
  });

  it('keeps int() within its inclusive bounds', () => {
    const prng = createPrng('bounds');
    const seen = new Set(Array.from({ length: 1_000 }, () => prng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});
