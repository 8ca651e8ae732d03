import { persistedHash } from '../../../scripts/bench/scenarios/persisted-hash';

const HOME = 'a'.repeat(64);
const DETAIL = 'b'.repeat(64);

describe('persistedHash', () => {
  it('finds the hash whose document defines the operation (hash-keyed manifest)', () => {
    const manifest = {
      [DETAIL]: 'query OrderDetail($id: ID!) { orderDetail(id: $id) { id } }',
      [HOME]: 'query HomeScreen {\n  homeScreen { greeting }\n}\n',
    };
    expect(persistedHash(manifest, 'HomeScreen')).toBe(HOME);
  });

  it('does not match an operation whose name only starts the same', () => {
    expect(persistedHash({ [HOME]: 'query HomeScreenV2 { a }' }, 'HomeScreen')).toBe(undefined);
  });

  it('reads name-keyed manifests too', () => {
    expect(persistedHash({ HomeScreen: HOME }, 'HomeScreen')).toBe(HOME);
    expect(persistedHash({ HomeScreen: { sha256: HOME } }, 'HomeScreen')).toBe(HOME);
  });

  it('is undefined for anything else', () => {
    expect(persistedHash(null, 'HomeScreen')).toBe(undefined);
    expect(persistedHash({}, 'HomeScreen')).toBe(undefined);
  });
});
