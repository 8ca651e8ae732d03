import { ConfigError, createEnvReader } from '../../../services/shared';

describe('createEnvReader', () => {
  it('falls back to defaults for unset and empty variables', () => {
    const read = createEnvReader({ EMPTY: '  ' });
    expect(read.int('EMPTY', 7)).toBe(7);
    expect(read.string('UNSET', 'x')).toBe('x');
    expect(() => read.finish()).not.toThrow();
  });

  it('parses integers, numbers, booleans and enums', () => {
    const read = createEnvReader({ N: '42', F: '0.25', B: 'off', E: 'b' });
    expect(read.int('N', 0, { min: 1, max: 100 })).toBe(42);
    expect(read.number('F', 0, { min: 0, max: 1 })).toBe(0.25);
    expect(read.boolean('B', true)).toBe(false);
    expect(read.oneOf('E', ['a', 'b'] as const, 'a')).toBe('b');
  });

  it('collects every problem into one ConfigError', () => {
    const read = createEnvReader({ N: '1.5', M: '500', E: 'z' });
    read.int('N', 0);
    read.int('M', 0, { max: 100 });
    read.oneOf('E', ['a'] as const, 'a');
    read.problem('custom rule broken');
    expect(() => read.finish()).toThrow(ConfigError);
    try {
      read.finish();
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(4);
    }
  });
});
